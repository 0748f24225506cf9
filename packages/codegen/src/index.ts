/**
 * @pieces-distributions/codegen (private): the one reader of the OpenAPI document and one emitter per
 * generated output: everything `light.ts` exports, and the heavy emitters (openapi-typescript, Ajv). See
 * README.md for the intermediate description's types and how to add an emitter.
 */
export * from "./light.js";
export { emitModelExports } from "./plugins/model-exports/emit.js";
export { emitSchemaShapes } from "./plugins/schema-shapes/emit.js";
export { emitModelTypes } from "./plugins/typescript/emit.js";
export { emitValidators, operationSchemaKey, type ValidatorsEmitOptions } from "./plugins/validators/emit.js";
