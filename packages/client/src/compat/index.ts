/**
 * @pieces-distributions/client/compat: the official SDK's surface (`@pieces.app/pieces-os-client` 4.1.0)
 * for the distributions operations, so that code written for it migrates by changing the import:
 * `new DistributionsApi(new Configuration({ basePath }))`, the same model shapes (`_public`, `githubId`,
 * `Date`), `...Raw` methods with `{ raw, value() }`, and `ResponseError`/`FetchError`/`RequiredError`.
 */
import type { CompatMethods } from "../generated/compat-models.js";
import { compatModels, compatOperations } from "../generated/compat-tables.js";
import { operationSpecs } from "../generated/operations.js";
import { BaseAPI, defineOperations } from "./runtime.js";

export * from "../generated/compat-models.js";
export {
  type ApiResponse,
  BASE_PATH,
  BaseAPI,
  Configuration,
  type ConfigurationParameters,
  DefaultConfig,
  type ErrorContext,
  type FetchAPI,
  FetchError,
  type FetchParams,
  type HTTPBody,
  type HTTPHeaders,
  type HTTPMethod,
  type HTTPQuery,
  type HTTPRequestInit,
  type InitOverrideFunction,
  type Middleware,
  type RequestContext,
  type RequestOpts,
  RequiredError,
  type ResponseContext,
  ResponseError,
} from "./runtime.js";

/** The methods of `DistributionsApi`, generated from the document's operations. */
export interface DistributionsApi extends CompatMethods {}

/** The official SDK's `DistributionsApi`: `new DistributionsApi(new Configuration({ basePath }))`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the prototype gets every method the interface declares, below.
export class DistributionsApi extends BaseAPI {}

defineOperations(DistributionsApi, { operationSpecs, compatModels, compatOperations });
