/**
 * Sends one operation: the only place where requests go out and where timeouts, retries, error
 * classification, JSON parsing and validation are applied. Every generated method ends up here.
 */

import type { SchemaName } from "@pieces-distributions/models/validators";
import { mergeHeaders } from "openapi-fetch";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  type PiecesDistributionsError,
  type RequestDetails,
  type ResponseDetails,
} from "./errors.js";
import { checkBody } from "./internal/check-body.js";
import { checkCount } from "./internal/check-options.js";
import { connectionHint } from "./internal/connection-hint.js";
import type { OperationSpec } from "./internal/operation-spec.js";
import { fillPath } from "./internal/path.js";
import {
  type ClientOptions,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type HeaderValues,
  type RequestOptions,
} from "./options.js";
import { isRetryableStatus, retryDelayMs, sleep } from "./retry.js";

/** What a `...Raw` method resolves with: the parsed body and the `Response` it came from. */
export interface RawResponse<T> {
  /** The parsed JSON body (`undefined` for an operation that answers without one). */
  readonly data: T;
  /** The answer, its body already read. */
  readonly response: Response;
}

/** What every call of one client shares: its options, its base URL and its openapi-fetch client. */
export interface ClientState extends ClientOptions {
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  /** The openapi-fetch client the requests go through (its `request`, without the per-path typing). */
  readonly raw: {
    request(
      method: string,
      path: string,
      init: object,
    ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  };
  /**
   * `true` while the client has neither middleware nor an injected `fetch`: calls then build their own
   * `fetch(url, init)` instead of going through openapi-fetch, which is promised to run middleware on real
   * `Request`s (packages/bench/README.md, "What we learned", says what its per-call work costs).
   */
  direct: boolean;
}

/**
 * Sends `spec` with the path parameters and body found in `args`; resolves with the parsed body (or with
 * `{ data, response }` when `raw`), or rejects with one of the errors of `errors.ts`.
 */
export async function sendOperation(
  state: ClientState,
  spec: OperationSpec,
  args: { readonly [name: string]: unknown } | undefined,
  options: RequestOptions | undefined,
  raw: boolean,
): Promise<unknown> {
  const signal = options?.signal;
  const timeoutMs = options?.timeoutMs ?? state.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options?.maxRetries ?? (spec.retry ? (state.maxRetries ?? DEFAULT_MAX_RETRIES) : 0);
  checkCount("timeoutMs", timeoutMs);
  checkCount("maxRetries", maxRetries);
  const body = spec.body && args?.[spec.body];
  if (body !== undefined) checkBody(spec.body as string, body); // unknown properties: nothing is sent
  // Only a table with query or header parameters or a text body links the encoder in (~300 B of bundle).
  const [path, contentType, headers, sent] = spec.encode?.(spec, args, body, options?.headers) ?? [
    spec.path,
    body !== undefined && { "Content-Type": "application/json" },
    options?.headers,
    JSON.stringify(body),
  ];
  // What every error of this call names; filling the path also refuses an unusable path parameter.
  const request: RequestDetails = { method: spec.method, url: state.baseUrl + fillPath(path, args) };
  // Timers cap at 2^31 - 1 ms; past that (or at 0) an attempt waits forever.
  const timed = timeoutMs > 0 && timeoutMs < 2 ** 31;

  for (let retry = 0; ; retry++) {
    // A Node fetch pays 15-50 µs to follow an AbortSignal (bench README), so an attempt without a timer makes none.
    const controller = timed ? new AbortController() : undefined;
    // (AbortSignal.any would be shorter, but it leaks in Node 20: 237 MB for 200 000 calls under one caller signal.)
    // The caller's reason is reported from the signal itself (ApiAbortError's cause), not from the controller.
    const forwardAbort = controller && signal && (() => controller.abort());
    // An already aborted signal fails the attempt at once; the catch below reports it.
    if (forwardAbort) signal.aborted ? forwardAbort() : signal.addEventListener("abort", forwardAbort);
    const timer = controller && setTimeout(() => controller.abort(), timeoutMs);
    const attemptSignal = controller?.signal ?? signal;

    let failure: PiecesDistributionsError | undefined;
    let response: Response | undefined;
    let bodyText!: string; // assigned whenever failure is not
    // The transport: sending, and reading the answer's body (which the timeout covers too).
    try {
      let data: unknown;
      let error: unknown;
      if (state.direct) {
        response = await fetch(request.url, {
          method: spec.method,
          // As openapi-fetch merges them: the JSON content type, the client's headers, the call's (null removes).
          headers: mergeHeaders(contentType as HeaderValues, state.headers, headers),
          body: sent as string, // undefined: no body
          signal: attemptSignal as AbortSignal, // undefined: none
        });
        // A 204 has no body (fetch gives it none): nothing to read or buffer, as the official SDK does.
        data = response.status === 204 ? "" : await response.text();
      }
      // openapi-fetch must read the body itself ("text", not "stream"): the Request it made is only held
      // while it runs, and once the collector takes it, undici no longer forwards our abort to the fetch
      // the injected fetch made from it, so a timed-out body read would wait forever (tested).
      else
        ({ data, error, response } = await state.raw.request(spec.method, path, {
          params: { path: args },
          body: sent,
          bodySerializer: String, // already encoded
          // (openapi-fetch adds the JSON content type itself, under the client's headers.)
          headers,
          parseAs: "text",
          signal: attemptSignal,
        }));
      // openapi-fetch hands back an error body it could parse as JSON parsed: it is serialised again.
      bodyText =
        ((data ?? (typeof error === "string" ? error : JSON.stringify(error))) as string | undefined) ?? "";
    } catch (error) {
      if (signal?.aborted) throw new ApiAbortError("was aborted", { ...request, cause: signal.reason });
      failure = controller?.signal.aborted
        ? new ApiTimeoutError(`timed out after ${timeoutMs} ms`, { ...request, cause: error, timeoutMs })
        : new ApiConnectionError(
            // fetch says only "fetch failed" and puts the reason (ECONNREFUSED...) in its own `cause`.
            `failed (${(error as Error).cause ?? error}): ${connectionHint()}`,
            { ...request, cause: error },
          );
    } finally {
      clearTimeout(timer as ReturnType<typeof setTimeout>); // clearTimeout(undefined) does nothing
      signal?.removeEventListener("abort", forwardAbort as () => void);
    }

    // The answer, read in full: a success, or an ApiError that only some statuses retry.
    if (!failure) {
      const { ok, status, headers } = response as Response;
      const answer: ResponseDetails = { ...request, status, headers, bodyText };
      if (ok) {
        let result: unknown = spec.text && bodyText; // a text answer
        if (spec.empty?.includes(status))
          result = undefined; // a 204 beside a 200 with a body
        else if (spec.returns) {
          try {
            result = JSON.parse(bodyText); // an empty body is a SyntaxError too
          } catch (cause) {
            throw new ApiResponseError(`answered ${status}: invalid JSON (${cause})`, { ...answer, cause });
          }
          if (state.validateResponses) state.validateResponses(spec.returns as SchemaName, result, answer);
        }
        return raw ? { data: result, response } : result;
      }
      failure = new ApiError(`answered ${status}: ${bodyText.slice(0, 300)}`, answer);
      if (!isRetryableStatus(status)) throw failure;
    }

    if (retry >= maxRetries) throw failure;
    // Only an ApiError has headers, and so perhaps a Retry-After.
    await sleep(retryDelayMs(retry, (failure as Partial<ApiError>).headers?.get("retry-after")), signal); // cut short by the signal, which the next turn reports
  }
}
