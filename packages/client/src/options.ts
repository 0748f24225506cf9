/**
 * The options of a client and of each call, with their defaults. `request.ts` rejects unusable numbers
 * (with `InvalidArgumentError`) before anything is sent.
 */
import type { SchemaName } from "@pieces-distributions/models/validators";
import type { Middleware } from "openapi-fetch";
import type { ResponseDetails } from "./errors.js";

/** Headers to send: a `Headers` object or a plain record (a `null` value removes a header the client sets). */
export type HeaderValues = Headers | Record<string, string | null | undefined>;

/** Where Pieces OS listens by default. */
export const DEFAULT_BASE_URL = "http://localhost:1000";
/** How long one attempt may take by default, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** How many times a GET is retried by default. */
export const DEFAULT_MAX_RETRIES = 2;

/** Options of `createDistributionsClient`; every one is optional. */
export interface ClientOptions {
  /** The address of Pieces OS (or of the mock server). @default "http://localhost:1000" */
  baseUrl?: string | undefined;
  /** The `fetch` that sends every request (inject one for tests, proxies or other runtimes). @default globalThis.fetch */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers sent with every request. @default {} */
  headers?: HeaderValues | undefined;
  /** How long one attempt may take, in milliseconds, body included, before it fails with `ApiTimeoutError`; 0 waits forever. @default 60000 */
  timeoutMs?: number | undefined;
  /** How many times an operation that is safe to repeat (a GET) is retried after a failed attempt. @default 2 */
  maxRetries?: number | undefined;
  /** openapi-fetch middleware, run on every attempt of every call (and on `raw` calls). @default [] */
  middleware?: readonly Middleware[] | undefined;
  /** Check each JSON answer against its schema: pass `validateResponses` from `@pieces-distributions/client/validate` (or a validator of your own). @default false */
  validateResponses?: ResponseValidator | false | undefined;
}

/**
 * Checks a 2xx JSON answer against the schema the document gives it (`schema`, such as `Distribution`) and
 * throws, a `ResponseValidationError` for the one in `@pieces-distributions/client/validate`, when it does
 * not match. It is given by the caller, so a client that does not validate carries no validation code.
 */
export type ResponseValidator = (schema: SchemaName, value: unknown, details: ResponseDetails) => void;

/** Options of one call; each overrides the client's. */
export interface RequestOptions {
  /** Cancels the call (and any retry it is waiting for) with `ApiAbortError`. @default undefined */
  signal?: AbortSignal | undefined;
  /** How long each attempt of this call may take, in milliseconds; 0 waits forever. @default the client's `timeoutMs` */
  timeoutMs?: number | undefined;
  /** How many times this call is retried; setting it opts a create or delete in to retries. @default the client's `maxRetries` for GET, 0 otherwise */
  maxRetries?: number | undefined;
  /** Headers for this call, merged over the client's. @default {} */
  headers?: HeaderValues | undefined;
}
