/**
 * @pieces-distributions/client/compat: the official SDK's surface (`@pieces.app/pieces-os-client` 4.1.0)
 * for the distributions operations, so that code written for it migrates by changing the import:
 * `new DistributionsApi(new Configuration({ basePath }))` (one API class per tag of the document, as the
 * official SDK has, generated in `compat-apis.ts`), the same model shapes (`_public`, `githubId`,
 * `Date`), `...Raw` methods with `{ raw, value() }`, and `ResponseError`/`FetchError`/`RequiredError`.
 */
export * from "../generated/compat-apis.js";
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
