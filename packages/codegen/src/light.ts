/**
 * The reader, the client emitter and the runner without the heavy emitters (openapi-typescript, Ajv), for
 * generate scripts that need only those: loading this entry costs a fraction of `index.ts`.
 */
export { camelCase, docComment, oneLine, pascalCase } from "./ir/names.js";
export { describeDocument, readDocument, refsIn } from "./ir/read.js";
export { firstExample, resolveRef, schemaRefName, valueAt } from "./ir/refs.js";
export * from "./ir/types.js";
export { type ClientEmitOptions, clientOperations, emitClientOperations } from "./plugins/client/emit.js";
export {
  emitOperationTable,
  type OperationTableOptions,
  operationRow,
} from "./plugins/operation-table/emit.js";
export { sampleValue } from "./plugins/operation-table/sample.js";
export { type GenerateOutcome, generatedHeader, runGenerateCli, writeFiles } from "./run.js";
