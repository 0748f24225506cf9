/**
 * The reader, the client emitter and the runner without the heavy emitters (openapi-typescript, Ajv), for
 * generate scripts that need only those: loading this entry costs a fraction of `index.ts`.
 */
export { camelCase, docComment, oneLine, pascalCase } from "./ir/names.js";
export { describeDocument, readDocument, refsIn } from "./ir/read.js";
export { firstExample, resolveRef, schemaRefName, valueAt } from "./ir/refs.js";
export * from "./ir/types.js";
export { emitBodyShapes } from "./plugins/body-shapes/emit.js";
export {
  type ClientEmitOptions,
  type ClientOperation,
  type ClientParameter,
  clientOperations,
  emitClientOperations,
} from "./plugins/client/emit.js";
export {
  type CompatOperation,
  type CompatParameter,
  emitCompat,
  generateCompatSources,
} from "./plugins/compat/emit.js";
export {
  emitOperationTable,
  type OperationTableOptions,
  operationRow,
} from "./plugins/operation-table/emit.js";
export { sampleValue } from "./plugins/operation-table/sample.js";
export { type GenerateOutcome, generatedHeader, runGenerateCli, writeFiles } from "./run.js";
