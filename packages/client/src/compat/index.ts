/**
 * @pieces-distributions/client/compat: the official SDK's surface (`@pieces.app/pieces-os-client` 4.1.0)
 * for the distributions operations, so that code written for it migrates by changing the import:
 * `new DistributionsApi(new Configuration({ basePath }))`, the same model shapes (`_public`, `githubId`,
 * `Date`), `...Raw` methods with `{ raw, value() }`, and `ResponseError`/`FetchError`/`RequiredError`.
 */
import type { CompatMethods } from "../generated/compat-models.js";
import { compatOperations } from "../generated/compat-tables.js";
import { operationSpecs } from "../generated/operations.js";
import { type ApiResponse, BaseAPI, type InitOverrideFunction } from "./runtime.js";

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

type Arguments = [unknown?, unknown?];
/** `BaseAPI`'s protected `sendRaw`, which the methods below hand over to. */
type Sender = {
  sendRaw(
    name: string,
    requestParameters: { [key: string]: unknown } | undefined,
    initOverrides: RequestInit | InitOverrideFunction | undefined,
  ): Promise<ApiResponse<unknown>>;
};
const prototype = DistributionsApi.prototype as unknown as { [method: string]: unknown };
for (const name in compatOperations) {
  const spec = operationSpecs[name];
  const takesRequest = spec?.args === true;
  // (requestParameters, initOverrides) when the operation takes arguments, else just (initOverrides).
  const split = ([first, second]: Arguments) =>
    [
      name,
      takesRequest ? (first as { [key: string]: unknown } | undefined) : undefined,
      (takesRequest ? second : first) as RequestInit | InitOverrideFunction | undefined,
    ] as const;
  prototype[`${name}Raw`] = function (this: BaseAPI, ...args: Arguments) {
    return (this as unknown as Sender).sendRaw(...split(args));
  };
  prototype[name] = async function (this: BaseAPI, ...args: Arguments) {
    const response = await (this as unknown as Sender).sendRaw(...split(args));
    return response.value();
  };
}
