/**
 * The official SDK's runtime surface (`@pieces.app/pieces-os-client` 4.1.0, `runtime.ts` and
 * `DistributionsApi`), with its names, shapes and behaviour: `Configuration`, middleware, `initOverrides`,
 * `ResponseError`/`FetchError`/`RequiredError`, `...Raw` methods resolving with `{ raw, value() }`. Each
 * attempt goes through a `createDistributionsClient` client, so our timeouts and retries apply underneath.
 */
import { ApiAbortError, ApiConnectionError, ApiError, ApiResponseError, ApiTimeoutError } from "../errors.js";
import { buildClient } from "../internal/build-client.js";
import type { OperationSpec } from "../internal/operation-spec.js";
import { fillPath } from "../internal/path.js";
import { DEFAULT_BASE_URL } from "../options.js";
import { type CompatModels, type CompatOperationSchemas, convert } from "./convert.js";

/** The official SDK's default address of Pieces OS. */
export const BASE_PATH = DEFAULT_BASE_URL;

/** A `fetch` function, as the official SDK takes it (`fetchApi(url, init)`). */
export type FetchAPI = WindowOrWorkerGlobalScope["fetch"];
/** Headers as a plain record. */
export type HTTPHeaders = { [key: string]: string };
/** Query parameters by wire name, as `queryParamsStringify` takes them. */
export type HTTPQuery = {
  [key: string]:
    | string
    | number
    | null
    | boolean
    | Array<string | number | null | boolean>
    | Set<string | number | null | boolean>
    | HTTPQuery;
};
/** The HTTP methods. */
export type HTTPMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" | "HEAD";
/** A request body before it is serialised. */
// biome-ignore lint/suspicious/noExplicitAny: the official SDK's type.
export type HTTPBody = any;
/** The `init` the official SDK builds before `initOverrides` apply. */
export type HTTPRequestInit = {
  headers?: HTTPHeaders;
  method: HTTPMethod;
  credentials?: RequestCredentials;
  body?: HTTPBody;
};
/** What a request is made of before it is sent. */
export interface RequestOpts {
  path: string;
  method: HTTPMethod;
  headers: HTTPHeaders;
  query?: HTTPQuery;
  body?: HTTPBody;
}
/** A function returning the `RequestInit` fields that override the ones the SDK built. */
export type InitOverrideFunction = (requestContext: {
  init: HTTPRequestInit;
  context: RequestOpts;
}) => Promise<RequestInit>;
/** A URL and the `init` it is fetched with. */
export interface FetchParams {
  url: string;
  init: RequestInit;
}
/** What a `pre` middleware sees. */
export interface RequestContext {
  fetch: FetchAPI;
  url: string;
  init: RequestInit;
}
/** What a `post` middleware sees. */
export interface ResponseContext {
  fetch: FetchAPI;
  url: string;
  init: RequestInit;
  response: Response;
}
/** What an `onError` middleware sees. */
export interface ErrorContext {
  fetch: FetchAPI;
  url: string;
  init: RequestInit;
  error: unknown;
  response?: Response;
}
/** The official SDK's middleware (not openapi-fetch's): run around every attempt's `fetchApi`. */
export interface Middleware {
  // biome-ignore lint/suspicious/noConfusingVoidType: the official SDK's type (nothing returned keeps the params).
  pre?(context: RequestContext): Promise<FetchParams | void>;
  // biome-ignore lint/suspicious/noConfusingVoidType: the official SDK's type (nothing returned keeps the response).
  post?(context: ResponseContext): Promise<Response | void>;
  // biome-ignore lint/suspicious/noConfusingVoidType: the official SDK's type (nothing returned rethrows).
  onError?(context: ErrorContext): Promise<Response | void>;
}
/** What a `...Raw` method resolves with: the `Response` (body unread) and `value()`, which reads it. */
export interface ApiResponse<T> {
  raw: Response;
  value(): Promise<T>;
}

/** The official SDK's `ConfigurationParameters`, plus this client's `timeoutMs` and `maxRetries`. */
export interface ConfigurationParameters {
  /** The address of Pieces OS. @default "http://localhost:1000" */
  basePath?: string;
  /** The `fetch` every attempt is sent with, called as `fetchApi(url, init)`. @default globalThis.fetch */
  fetchApi?: FetchAPI;
  /** Middleware run around every attempt. @default [] */
  middleware?: Middleware[];
  /** Serialises the query parameters (by wire name) of a request. @default form style, arrays repeated, objects as `key[sub]` */
  queryParamsStringify?: (params: HTTPQuery) => string;
  /** Not used by the distributions operations. */
  username?: string;
  /** Not used by the distributions operations. */
  password?: string;
  /** Sent as the `X-Application-ID` header of every request. */
  apiKey?: string | Promise<string> | ((name: string) => string | Promise<string>);
  /** Not used by the distributions operations. */
  accessToken?: string | Promise<string> | ((name?: string, scopes?: string[]) => string | Promise<string>);
  /** Headers sent with every request. */
  headers?: HTTPHeaders;
  /** The `credentials` of every request. */
  credentials?: RequestCredentials;
  /** How long one attempt may take, in milliseconds; 0 waits forever (the official SDK always does). @default 60000 */
  timeoutMs?: number;
  /** How many times a GET is retried after a failed attempt (the official SDK never retries). @default 2 */
  maxRetries?: number;
}

/** A query value as the official SDK puts it in `HTTPQuery`: a `Date` as its ISO string. */
function queryValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function querystring(params: HTTPQuery, prefix = ""): string {
  return Object.keys(params)
    .map((key) => {
      const fullKey = prefix + (prefix.length ? `[${key}]` : key);
      const value = params[key];
      if (Array.isArray(value) || value instanceof Set)
        return [...value]
          .map((item) => `${encodeURIComponent(fullKey)}=${encodeURIComponent(String(item))}`)
          .join("&");
      if (value instanceof Object) return querystring(value as HTTPQuery, fullKey);
      return `${encodeURIComponent(fullKey)}=${encodeURIComponent(String(value))}`;
    })
    .filter((part) => part.length > 0)
    .join("&");
}

/** The official SDK's `Configuration`: `new Configuration({ basePath: "http://localhost:1000" })`. */
export class Configuration {
  private configuration: ConfigurationParameters;

  constructor(configuration: ConfigurationParameters = {}) {
    this.configuration = configuration;
  }

  /** Replaces the parameters. */
  set config(configuration: Configuration) {
    this.configuration = configuration.configuration;
  }
  /** The address of Pieces OS. */
  get basePath(): string {
    return this.configuration.basePath != null ? this.configuration.basePath : BASE_PATH;
  }
  /** The `fetch` given, if any. */
  get fetchApi(): FetchAPI | undefined {
    return this.configuration.fetchApi;
  }
  /** The middleware given. */
  get middleware(): Middleware[] {
    return this.configuration.middleware || [];
  }
  /** The query serialiser. */
  get queryParamsStringify(): (params: HTTPQuery) => string {
    return this.configuration.queryParamsStringify || querystring;
  }
  /** The user name given, if any. */
  get username(): string | undefined {
    return this.configuration.username;
  }
  /** The password given, if any. */
  get password(): string | undefined {
    return this.configuration.password;
  }
  /** The API key, as a function of the header name. */
  get apiKey(): ((name: string) => string | Promise<string>) | undefined {
    const apiKey = this.configuration.apiKey;
    if (apiKey) return typeof apiKey === "function" ? apiKey : () => apiKey;
    return undefined;
  }
  /** The access token, as a function. */
  get accessToken(): ((name?: string, scopes?: string[]) => string | Promise<string>) | undefined {
    const accessToken = this.configuration.accessToken;
    if (accessToken) return typeof accessToken === "function" ? accessToken : async () => accessToken;
    return undefined;
  }
  /** The headers given, if any. */
  get headers(): HTTPHeaders | undefined {
    return this.configuration.headers;
  }
  /** The `credentials` given, if any. */
  get credentials(): RequestCredentials | undefined {
    return this.configuration.credentials;
  }
  /** This client's time limit per attempt, if one was given. */
  get timeoutMs(): number | undefined {
    return this.configuration.timeoutMs;
  }
  /** This client's retry count for GETs, if one was given. */
  get maxRetries(): number | undefined {
    return this.configuration.maxRetries;
  }
}

/** The configuration of an API created without one. */
export const DefaultConfig = new Configuration();

/** A non-2xx answer; `response` is the `Response`, its body unread. */
export class ResponseError extends Error {
  override name = "ResponseError" as const;
  constructor(
    public response: Response,
    msg?: string,
  ) {
    super(msg);
  }
}

/** The request could not be sent or timed out; `cause` is why (the `fetch` error, or `ApiTimeoutError`). */
export class FetchError extends Error {
  override name = "FetchError" as const;
  constructor(
    public override cause: Error,
    msg?: string,
  ) {
    super(msg);
  }
}

/** A required parameter was `null` or `undefined`; nothing was sent. */
export class RequiredError extends Error {
  override name = "RequiredError" as const;
  constructor(
    public field: string,
    msg?: string,
  ) {
    super(msg);
  }
}

const JSON_MIME = /^(:?application\/json|[^;/ \t]+\/[^;/ \t]+[+]json)[ \t]*(:?;.*)?$/i;
const FETCH_FAILED = "The request failed and the interceptors did not return an alternative response";

/** What the compat methods of an API run on: the tables generated from one document. */
export interface CompatTables {
  /** The client's operation table (method, path, query and header names, body, answer kind). */
  readonly operationSpecs: { readonly [methodName: string]: OperationSpec };
  /** The official model shapes: official <-> wire names, dates. */
  readonly compatModels: CompatModels;
  /** Per method: the required request properties, and how the body and answer are converted. */
  readonly compatOperations: { readonly [methodName: string]: CompatOperationSchemas };
}

/** The official SDK's base class of every API: its configuration and middleware. */
export class BaseAPI {
  private middleware: Middleware[];
  /** The tables `defineOperations` gave the API's class. */
  declare protected readonly tables: CompatTables;

  constructor(protected configuration: Configuration = DefaultConfig) {
    this.middleware = configuration.middleware;
  }

  /** A copy of this API that also runs `middlewares`. */
  withMiddleware<T extends BaseAPI>(this: T, ...middlewares: Middleware[]): T {
    const next = this.clone();
    next.middleware = next.middleware.concat(...middlewares);
    return next;
  }
  /** A copy of this API that also runs these `pre` functions. */
  withPreMiddleware<T extends BaseAPI>(this: T, ...preMiddlewares: Array<Middleware["pre"]>): T {
    return this.withMiddleware(...preMiddlewares.map((pre) => ({ pre }) as Middleware));
  }
  /** A copy of this API that also runs these `post` functions. */
  withPostMiddleware<T extends BaseAPI>(this: T, ...postMiddlewares: Array<Middleware["post"]>): T {
    return this.withMiddleware(...postMiddlewares.map((post) => ({ post }) as Middleware));
  }

  /** One attempt through the middleware, as the official `BaseAPI.fetchApi`. */
  private fetchApi = async (url: string, init: RequestInit): Promise<Response> => {
    let fetchParams: FetchParams = { url, init };
    for (const middleware of this.middleware)
      if (middleware.pre)
        fetchParams = (await middleware.pre({ fetch: this.fetchApi, ...fetchParams })) || fetchParams;
    let response: Response | undefined;
    try {
      response = await (this.configuration.fetchApi || fetch)(fetchParams.url, fetchParams.init);
    } catch (error) {
      for (const middleware of this.middleware)
        if (middleware.onError)
          response =
            (await middleware.onError({
              fetch: this.fetchApi,
              url: fetchParams.url,
              init: fetchParams.init,
              error,
              ...(response ? { response: response.clone() } : {}),
            })) || response;
      if (response === undefined) {
        if (error instanceof Error) throw new FetchError(error, FETCH_FAILED);
        throw error;
      }
    }
    for (const middleware of this.middleware)
      if (middleware.post)
        response =
          (await middleware.post({
            fetch: this.fetchApi,
            url: fetchParams.url,
            init: fetchParams.init,
            response: (response as Response).clone(),
          })) || response;
    return response as Response;
  };

  private clone<T extends BaseAPI>(this: T): T {
    const Api = this.constructor as new (configuration: Configuration) => T;
    const next = new Api(this.configuration);
    next.middleware = this.middleware.slice();
    return next;
  }

  /**
   * Sends the operation `name` as the official SDK would (same URL, headers and body), each attempt through
   * a client of ours, and resolves with the `Response` of the last attempt, its body unread.
   */
  protected async send(
    name: string,
    requestParameters: { [key: string]: unknown } | undefined,
    initOverrides: RequestInit | InitOverrideFunction | undefined,
  ): Promise<Response> {
    const { operationSpecs, compatModels, compatOperations } = this.tables;
    const spec = operationSpecs[name] as OperationSpec;
    const schemas = compatOperations[name] ?? {};
    const given: { [key: string]: unknown } = { ...requestParameters };
    // As the official SDK checks, before anything is sent: every required parameter and a required body.
    for (const field of schemas.required ?? [])
      if (given[field] == null)
        throw new RequiredError(
          field,
          `Required parameter "${field}" was null or undefined when calling ${name}().`,
        );
    // Our client gets the path parameters and the body; the query and the headers are built here, the official way.
    const args: { [key: string]: unknown } = {};
    for (const [, param = ""] of spec.path.matchAll(/\{([^}]+)\}/g)) args[param] = given[param];
    if (spec.body)
      args[spec.body] = schemas.body
        ? convert(compatModels, schemas.body, given[spec.body], true)
        : given[spec.body];
    const query: HTTPQuery = {};
    for (const [property, wireName] of Object.entries(spec.query ?? {})) {
      const value = given[property];
      if (value == null) continue;
      // As typescript-fetch: an array not exploded is joined by its collection format (csv, ssv, pipes);
      // anything else goes to queryParamsStringify as it is (an object as `name[key]`, whatever the style).
      const separator = spec.styles?.[property];
      query[wireName] = (
        Array.isArray(value) && separator !== undefined && separator !== "deep"
          ? value.map(queryValue).join(decodeURIComponent(separator))
          : Array.isArray(value)
            ? value.map(queryValue)
            : queryValue(value)
      ) as HTTPQuery[string];
    }
    const configuration = this.configuration;
    const headerParameters: HTTPHeaders = {};
    if (spec.body) headerParameters["Content-Type"] = spec.plain ? "text/plain" : "application/json";
    for (const [property, headerName] of Object.entries(spec.headers ?? {}))
      if (given[property] != null) headerParameters[headerName] = String(given[property]);
    if (configuration.apiKey)
      headerParameters["X-Application-ID"] = await configuration.apiKey("X-Application-ID");
    const context: RequestOpts = {
      path: fillPath(spec.path, args),
      method: spec.method as HTTPMethod,
      headers: headerParameters,
      query,
      ...(spec.body ? { body: args[spec.body] } : {}),
    };
    const headers: HTTPHeaders = { ...configuration.headers, ...context.headers };
    for (const key of Object.keys(headers)) if (headers[key] === undefined) delete headers[key];
    const initParams: HTTPRequestInit = {
      method: context.method,
      headers,
      body: context.body,
      ...(configuration.credentials === undefined ? {} : { credentials: configuration.credentials }),
    };
    const overrides =
      typeof initOverrides === "function"
        ? await initOverrides({ init: initParams, context })
        : initOverrides;
    const overridden = { ...initParams, ...overrides };
    const init: RequestInit = {
      ...overridden,
      body: JSON_MIME.test(headers["Content-Type"] ?? "") ? JSON.stringify(overridden.body) : overridden.body,
    };

    let last: Response | undefined;
    let thrown: unknown;
    // The official URL: our client's (the path filled and checked) with the official query string.
    const search = Object.keys(query).length === 0 ? "" : `?${configuration.queryParamsStringify(query)}`;
    const client = buildClient(operationSpecs, {
      baseUrl: configuration.basePath,
      timeoutMs: configuration.timeoutMs,
      maxRetries: configuration.maxRetries,
      // Our client builds a Request; what goes out is the official init, with the attempt's signal
      // (our timeout, and the caller's `initOverrides.signal`).
      fetch: async (request) => {
        try {
          last = await this.fetchApi(request.url + search, { ...init, signal: request.signal });
        } catch (error) {
          thrown = error;
          throw error;
        }
        return last.clone(); // ours reads the copy; `raw` keeps its body for `value()`
      },
    }) as unknown as { [method: string]: (...args: unknown[]) => Promise<unknown> };
    const options = init.signal ? { signal: init.signal } : undefined;
    const method = client[`${name}Raw`] as (...args: unknown[]) => Promise<unknown>;
    try {
      await (spec.args ? method(args, options) : method(options));
    } catch (error) {
      if (error instanceof ApiError && last) throw new ResponseError(last, "Response returned an error code");
      // A 2xx that is not JSON: `value()` fails reading it, as the official SDK's does.
      if (!(error instanceof ApiResponseError && last)) {
        if (error instanceof ApiTimeoutError) throw new FetchError(error, FETCH_FAILED);
        if (error instanceof ApiAbortError) throw new FetchError(error.cause as Error, FETCH_FAILED);
        if (error instanceof ApiConnectionError && thrown !== undefined) throw thrown;
        throw error;
      }
    }
    return last as Response;
  }

  /** `send`, resolving with `{ raw, value() }`; `value()` reads the body and converts it to the official shape. */
  protected async sendRaw(
    name: string,
    requestParameters: { [key: string]: unknown } | undefined,
    initOverrides: RequestInit | InitOverrideFunction | undefined,
  ): Promise<ApiResponse<unknown>> {
    const raw = await this.send(name, requestParameters, initOverrides);
    const { compatModels, compatOperations } = this.tables;
    const returns = compatOperations[name]?.returns;
    const text = this.tables.operationSpecs[name]?.text === true;
    return {
      raw,
      // As the official JSONApiResponse, TextApiResponse (JSON when the answer says so) and VoidApiResponse.
      value: async () =>
        text && !JSON_MIME.test(raw.headers.get("content-type") ?? "")
          ? raw.text()
          : returns || text
            ? convert(compatModels, returns ?? {}, await raw.json(), false)
            : undefined,
    };
  }
}

type Arguments = [unknown?, unknown?];
/** `BaseAPI`'s protected `sendRaw`, which the generated methods hand over to. */
type Sender = {
  sendRaw(
    name: string,
    requestParameters: { [key: string]: unknown } | undefined,
    initOverrides: RequestInit | InitOverrideFunction | undefined,
  ): Promise<ApiResponse<unknown>>;
};

/**
 * Gives `Api` (a `BaseAPI` class) the methods named in `methods`, operations of `tables`, each with its
 * `...Raw` twin: `(requestParameters, initOverrides)` when the operation takes arguments, else `(initOverrides)`.
 */
export function defineOperations(
  Api: typeof BaseAPI,
  tables: CompatTables,
  methods: readonly string[],
): void {
  const prototype = Api.prototype as unknown as { [method: string]: unknown };
  prototype.tables = tables;
  for (const name of methods) {
    const takesRequest = tables.operationSpecs[name]?.args === true;
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
}
