/**
 * @pieces-distributions/codegen (private): the one reader of the OpenAPI document and one emitter per
 * generated output. See README.md for the intermediate description's types and how to add an emitter.
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
export { emitModelExports } from "./plugins/model-exports/emit.js";
export {
  emitOperationTable,
  type OperationTableOptions,
  operationRow,
} from "./plugins/operation-table/emit.js";
export { emitSchemaShapes } from "./plugins/schema-shapes/emit.js";
export { emitModelTypes } from "./plugins/typescript/emit.js";
export { emitValidators, operationSchemaKey, type ValidatorsEmitOptions } from "./plugins/validators/emit.js";
export { type GenerateOutcome, generatedHeader, runGenerateCli, writeFiles } from "./run.js";
