/**
 * @pieces-distributions/client: a small, typed client of the Pieces OS Distributions API over openapi-fetch.
 * Start with `createDistributionsClient()`. Code written for the official SDK imports
 * `@pieces-distributions/client/compat` instead (`DistributionsApi`, `Configuration`).
 */
export type { Distribution, Distributions, paths, SeededDistribution } from "@pieces-distributions/models";
export type { Middleware } from "openapi-fetch";
export type { ApiErrorOf } from "./api-error-of.js";
export { createDistributionsClient, type DistributionsClient } from "./client.js";
export {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  InvalidArgumentError,
  PiecesDistributionsError,
  type RequestDetails,
  type ResponseDetails,
  ResponseValidationError,
  type TimeoutDetails,
  type ValidationDetails,
} from "./errors.js";
export type {
  DistributionsCreateNewDistributionRequest,
  DistributionsDeleteSpecificDistributionRequest,
  OperationErrorBodies,
  OperationMethods,
} from "./generated/operations.js";
export {
  type ClientOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type HeaderValues,
  type RequestOptions,
  type ResponseValidator,
} from "./options.js";
export type { RawResponse } from "./request.js";
