// Stands in for the generated tables (`src/generated/operations.ts` and `body-shapes.ts`) when
// `document-share.js` measures the client without any operation: what the runtime alone weighs.

/** No operation: the client has only `raw`. */
export const operationSpecs = {};

/** No request body is checked. */
export const bodySchemas = {};

/** No body shape. */
export const bodyShapes = {};
