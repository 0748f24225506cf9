/**
 * @pieces-distributions/models: the types of the Pieces OS Distributions API, generated from its OpenAPI
 * document, plus the few runtime values that go with them (enum members, the operations table, the
 * schema shapes, and a timestamp helper). Validators live in their own entry point, `@pieces-distributions/models/validators`,
 * so importing types here costs nothing at run time.
 */
export * from "./generated/models.js";
export { type OperationId, operations as operationTable } from "./generated/operations.js";
export { schemaShapes } from "./generated/shapes.js";
export type {
  DescriptorSchema,
  OperationDescriptor,
  ParameterDescriptor,
} from "./operation-descriptor.js";
export { dateToTimestamp, timestampToDate } from "./timestamp.js";
