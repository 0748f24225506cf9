/**
 * `ApiErrorOf<"method">`: the `ApiError` a method rejects with, its `body` typed as the JSON of the non-2xx
 * answers that method's operation documents (`undefined` when it documents none with a JSON schema).
 */
import type { ApiError } from "./errors.js";
import type { OperationErrorBodies } from "./generated/operations.js";

/**
 * The `ApiError` of one method, `body` typed from the document. TypeScript does not type what a call
 * throws, so narrow first: `if (error instanceof ApiError) { const { body } = error as ApiErrorOf<"distributionsSnapshot">; }`.
 */
export type ApiErrorOf<Method extends keyof OperationErrorBodies> = ApiError<OperationErrorBodies[Method]>;
