/**
 * @pieces-distributions/models: the types of the Pieces OS Distributions API, generated from its OpenAPI
 * document, plus the few runtime values that go with them (enum members, the operations table, and a
 * timestamp helper). Validators live in their own entry point, `@pieces-distributions/models/validators`,
 * so importing types here costs nothing at run time.
 */
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
  PersonBasicType,
  paths,
  Recipients,
  ReferencedAsset,
  ReferencedDistribution,
  Score,
  SeededDistribution,
  SeededGitHubDistribution,
  SeededGitHubGistDistribution,
  webhooks,
} from "./generated/openapi.js";
export {
  accessEnumValues,
  embeddedModelSchemaSemanticVersionEnumValues,
  externallySourcedEnumValues,
} from "./generated/openapi.js";
export {
  type OperationDescriptor,
  type OperationId,
  operations as operationTable,
} from "./generated/operations.js";
export { dateToTimestamp, timestampToDate } from "./timestamp.js";
