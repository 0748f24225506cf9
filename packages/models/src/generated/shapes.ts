// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

/**
 * Every component schema with properties: each property's component schema (of the value, or of each
 * item of an array), or `null` for a value of any other schema.
 */
export const schemaShapes: {
  readonly [schema: string]: { readonly [property: string]: string | null };
} = {
  "EmbeddedModelSchema": {"migration":null,"semantic":"EmbeddedModelSchemaSemanticVersionEnum"},
  "GroupedTimestamp": {"schema":"EmbeddedModelSchema","value":null,"readable":null},
  "Score": {"schema":"EmbeddedModelSchema","manual":null,"automatic":null,"priority":null,"reuse":null,"update":null,"reference":null,"searched":null},
  "FlattenedUserProfile": {"schema":"EmbeddedModelSchema","id":null,"email":null,"name":null,"username":null,"picture":null,"vanityname":null},
  "Accessor": {"schema":"EmbeddedModelSchema","id":null,"os":null,"share":null,"count":null,"user":"FlattenedUserProfile"},
  "Accessors": {"schema":"EmbeddedModelSchema","iterable":"Accessor"},
  "ReferencedAsset": {"schema":"EmbeddedModelSchema","id":null,"reference":"FlattenedAsset"},
  "FlattenedAssets": {"schema":"EmbeddedModelSchema","iterable":"ReferencedAsset","indices":null,"score":"Score"},
  "MailgunMetadata": {"schema":"EmbeddedModelSchema","messageId":null},
  "PersonBasicType": {"schema":"EmbeddedModelSchema","username":null,"name":null,"picture":null,"email":null,"sourced":"ExternallySourcedEnum","url":null,"mailgun":"MailgunMetadata"},
  "Recipients": {"iterable":"PersonBasicType","schema":"EmbeddedModelSchema"},
  "MailgunDistribution": {"schema":"EmbeddedModelSchema","recipients":"Recipients"},
  "GitHubGistDistribution": {"schema":"EmbeddedModelSchema","recipients":"Recipients","public":null,"description":null,"name":null,"created":"GroupedTimestamp","updated":"GroupedTimestamp","deleted":"GroupedTimestamp","github_id":null,"url":null},
  "GitHubDistribution": {"schema":"EmbeddedModelSchema","gist":"GitHubGistDistribution"},
  "FlattenedDistribution": {"schema":"EmbeddedModelSchema","id":null,"share":null,"created":"GroupedTimestamp","updated":"GroupedTimestamp","deleted":"GroupedTimestamp","mailgun":"MailgunDistribution","github":"GitHubDistribution"},
  "ReferencedDistribution": {"schema":"EmbeddedModelSchema","id":null,"reference":"FlattenedDistribution"},
  "FlattenedDistributions": {"schema":"EmbeddedModelSchema","iterable":"ReferencedDistribution"},
  "FlattenedShare": {"schema":"EmbeddedModelSchema","id":null,"asset":null,"user":null,"link":null,"access":"AccessEnum","accessors":"Accessors","created":"GroupedTimestamp","short":null,"name":null,"assets":"FlattenedAssets","distributions":"FlattenedDistributions","score":"Score"},
  "Distribution": {"schema":"EmbeddedModelSchema","id":null,"share":"FlattenedShare","created":"GroupedTimestamp","updated":"GroupedTimestamp","deleted":"GroupedTimestamp","mailgun":"MailgunDistribution","github":"GitHubDistribution"},
  "Distributions": {"iterable":"Distribution","schema":"EmbeddedModelSchema"},
  "SeededGitHubGistDistribution": {"schema":"EmbeddedModelSchema","recipients":"Recipients","public":null,"description":null,"name":null},
  "SeededGitHubDistribution": {"schema":"EmbeddedModelSchema","gist":"SeededGitHubGistDistribution"},
  "SeededDistribution": {"schema":"EmbeddedModelSchema","mailgun":"MailgunDistribution","github":"SeededGitHubDistribution"},
};
