/**
 * Builds a client's methods from an operation table: two small functions per operation (the method and its
 * `...Raw` twin), both handing over to `sendOperation`. Nothing here knows any particular operation.
 */
import createClient, { type Client, removeTrailingSlash } from "openapi-fetch";
import { type ClientOptions, DEFAULT_BASE_URL, type RequestOptions } from "../options.js";
import { type ClientState, sendOperation } from "../request.js";
import { checkClientOptions } from "./check-options.js";
import type { OperationSpec } from "./operation-spec.js";
import { fillPath } from "./path.js";

/** The methods of `specs` (typed as `Methods` by the generated interface) plus `raw`, the openapi-fetch client. */
export function buildClient<Methods, Paths extends {}>(
  specs: { readonly [methodName: string]: OperationSpec },
  options: ClientOptions = {},
): Methods & { readonly raw: Client<Paths> } {
  checkClientOptions(options);
  // openapi-fetch's own helper (already in every bundle): one trailing slash goes, as on `raw` calls.
  const baseUrl = removeTrailingSlash(options.baseUrl ?? DEFAULT_BASE_URL);
  const raw = createClient<Paths>({
    baseUrl,
    // openapi-fetch falls back to the global fetch for `undefined`.
    fetch: options.fetch as NonNullable<ClientOptions["fetch"]>,
    headers: options.headers as NonNullable<ClientOptions["headers"]>,
    pathSerializer: fillPath,
  });
  // The table's methods and paths are the document's, so the per-path typing has nothing left to check.
  const state = {
    ...options,
    baseUrl,
    raw,
    direct: !options.fetch,
  } as ClientState;
  // Middleware is promised real Requests: once any is added (here or through `raw.use`), calls go through openapi-fetch.
  const { use } = raw;
  raw.use = (...middleware) => {
    state.direct = false;
    use(...middleware);
  };
  if (options.middleware) raw.use(...options.middleware);
  const client: Record<string, unknown> = { raw };
  for (const name in specs) {
    const spec = specs[name] as OperationSpec;
    const takesArgs = spec.args;
    // (args, options) when the operation takes arguments, else just (options).
    for (const raw of [false, true])
      client[raw ? `${name}Raw` : name] = (first?: object, second?: RequestOptions) =>
        sendOperation(
          state,
          spec,
          takesArgs ? (first as Record<string, unknown>) : undefined,
          takesArgs ? second : (first as RequestOptions),
          raw,
        );
  }
  return client as Methods & { readonly raw: Client<Paths> };
}
