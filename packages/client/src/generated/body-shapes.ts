// Generated from openapi/pieces-os-distributions.yaml by packages/client/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

/** The schema of each method's body argument, by the argument's name; a body not listed is not checked. */
export const bodySchemas: { readonly [argument: string]: string } = {seededDistribution: "SeededDistribution"};

/**
 * Every closed object schema a request body can reach: its properties, each with the schema its value (or
 * each item of it) is checked against, or 0 for a value that is not checked further.
 */
export const bodyShapes: { readonly [schema: string]: { readonly [property: string]: string | 0 } } = {
  SeededDistribution: {schema: "EmbeddedModelSchema", mailgun: "MailgunDistribution", github: "SeededGitHubDistribution"},
  EmbeddedModelSchema: {migration: 0, semantic: 0},
  MailgunDistribution: {schema: "EmbeddedModelSchema", recipients: "Recipients"},
  SeededGitHubDistribution: {schema: "EmbeddedModelSchema", gist: "SeededGitHubGistDistribution"},
  Recipients: {iterable: "PersonBasicType", schema: "EmbeddedModelSchema"},
  SeededGitHubGistDistribution: {schema: "EmbeddedModelSchema", recipients: "Recipients", public: 0, description: 0, name: 0},
  PersonBasicType: {schema: "EmbeddedModelSchema", username: 0, name: 0, picture: 0, email: 0, sourced: 0, url: 0, mailgun: "MailgunMetadata"},
  MailgunMetadata: {schema: "EmbeddedModelSchema", messageId: 0},
};
