/**
 * @pieces-distributions/client: a small, typed client of the Pieces OS Distributions API over openapi-fetch.
 * Start with `createDistributionsClient()`; `DistributionsApi` and `Configuration` ease migrating from the
 * official SDK.
 */
export type { Distribution, Distributions, paths, SeededDistribution } from "@pieces-distributions/models";
export type { Middleware } from "openapi-fetch";
export { createDistributionsClient, type DistributionsClient } from "./client.js";
export {
  type ApiResponse,
  Configuration,
  type ConfigurationParameters,
  DistributionsApi,
  type DistributionsApiMethods,
} from "./compat.js";
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
} from "./errors.js";
export type {
  DistributionsCreateNewDistributionRequest,
  DistributionsDeleteSpecificDistributionRequest,
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
