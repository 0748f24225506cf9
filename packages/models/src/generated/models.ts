// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

/** Every type of `openapi.ts`: the document's `paths`, `operations`, `components`, and one per schema. */
export type {
  $defs,
  AccessEnum,
  Accessor,
  Accessors,
  components,
  Distribution,
  Distributions,
  EmbeddedModelSchema,
  EmbeddedModelSchemaSemanticVersionEnum,
  ExternallySourcedEnum,
  FlattenedAsset,
  FlattenedAssets,
  FlattenedDistribution,
  FlattenedDistributions,
  FlattenedShare,
  FlattenedUserProfile,
  GitHubDistribution,
  GitHubGistDistribution,
  GroupedTimestamp,
  MailgunDistribution,
  MailgunMetadata,
  operations,
  paths,
  PersonBasicType,
  Recipients,
  ReferencedAsset,
  ReferencedDistribution,
  ResponseInternalServerError,
  Score,
  SeededDistribution,
  SeededGitHubDistribution,
  SeededGitHubGistDistribution,
  webhooks,
} from "./openapi.js";
/** The members of every enum schema, as runtime arrays. */
export {
  accessEnumValues,
  embeddedModelSchemaSemanticVersionEnumValues,
  externallySourcedEnumValues,
} from "./openapi.js";
