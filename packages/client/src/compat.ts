/**
 * A migration path from the official SDK (`@pieces.app/pieces-os-client`): `DistributionsApi` and
 * `Configuration` with its constructor shapes and method names, so that moving over is a change of import.
 * Underneath is a regular `createDistributionsClient` client: same errors, timeouts and retries.
 */
import { createDistributionsClient } from "./client.js";
import { type OperationMethods, operationSpecs } from "./generated/operations.js";
import { DEFAULT_BASE_URL } from "./options.js";
import type { RawResponse } from "./request.js";

/** The fields of the official SDK's `ConfigurationParameters` that this client understands. */
export interface ConfigurationParameters {
  /** The address of Pieces OS. @default "http://localhost:1000" */
  basePath?: string | undefined;
  /** The `fetch` that sends every request. @default globalThis.fetch */
  fetchApi?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers sent with every request. @default {} */
  headers?: Record<string, string> | undefined;
}

/** The official SDK's `Configuration`: `new Configuration({ basePath: "http://localhost:1000" })`. */
export class Configuration {
  /** The parameters it was created with. */
  readonly configuration: ConfigurationParameters;

  constructor(configuration: ConfigurationParameters = {}) {
    this.configuration = configuration;
  }

  /** The address of Pieces OS. */
  get basePath(): string {
    return this.configuration.basePath ?? DEFAULT_BASE_URL;
  }

  /** The `fetch` requests go through, if one was given. */
  get fetchApi(): ConfigurationParameters["fetchApi"] {
    return this.configuration.fetchApi;
  }

  /** Headers sent with every request, if any were given. */
  get headers(): ConfigurationParameters["headers"] {
    return this.configuration.headers;
  }
}

/** What the official SDK's `...Raw` methods resolve with (`raw`, `value()`), plus this client's `data` and `response`. */
export interface ApiResponse<T> extends RawResponse<T> {
  /** The answer (the official SDK's name for `response`). */
  readonly raw: Response;
  /** The parsed body (the official SDK's way to read `data`). */
  value(): Promise<T>;
}

/** The methods of `DistributionsApi`: this client's, with `...Raw` twins resolving with an `ApiResponse`. */
export type DistributionsApiMethods = {
  [Name in keyof OperationMethods]: Name extends `${string}Raw`
    ? (
        ...args: Parameters<OperationMethods[Name]>
      ) => Promise<ApiResponse<Awaited<ReturnType<OperationMethods[Name]>>["data"]>>
    : OperationMethods[Name];
};

function toApiResponse<T>(result: RawResponse<T>): ApiResponse<T> {
  return { ...result, raw: result.response, value: () => Promise.resolve(result.data) };
}

/** The methods of `DistributionsApi`, assigned by its constructor from the operation table. */
export interface DistributionsApi extends DistributionsApiMethods {}

/** The official SDK's `DistributionsApi`: `new DistributionsApi(new Configuration({ basePath }))`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every method the interface declares.
export class DistributionsApi {
  constructor(configuration: Configuration = new Configuration()) {
    const client = createDistributionsClient({
      baseUrl: configuration.basePath,
      fetch: configuration.fetchApi,
      headers: configuration.headers,
    }) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const self = this as unknown as Record<string, unknown>;
    for (const methodName in operationSpecs) {
      const rawMethod = client[`${methodName}Raw`];
      self[methodName] = client[methodName];
      self[`${methodName}Raw`] = (...args: unknown[]) =>
        rawMethod?.(...args).then((result) => toApiResponse(result as RawResponse<unknown>));
    }
  }
}
