/**
 * Sends one operation: the only place where requests go out and where timeouts, retries, error
 * classification, JSON parsing and validation are applied. Every generated method ends up here.
 */
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  InvalidArgumentError,
  PiecesDistributionsError,
  type RequestDetails,
  type ResponseDetails,
} from "./errors.js";
import type { OperationSpec } from "./generated/operations.js";
import { fillPath } from "./internal/path.js";
import {
  type ClientOptions,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
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
  /** openapi-fetch's per-call `Request` and `fetch` that skip its intermediate Request, or `false` where they must not. */
  direct: false | object;
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
  if (!(timeoutMs >= 0 && maxRetries >= 0))
    throw new InvalidArgumentError(`timeoutMs and maxRetries cannot be ${timeoutMs} and ${maxRetries}`);
  // What every error of this call names; filling the path also refuses an unusable path parameter.
  const request: RequestDetails = { method: spec.method, url: state.baseUrl + fillPath(spec.path, args) };
  const init: { signal?: AbortSignal; [option: string]: unknown } = {
    params: { path: args },
    body: spec.body && args?.[spec.body],
    headers: options?.headers,
    parseAs: "text",
    // Without middleware or an injected fetch, skip openapi-fetch's intermediate Request (direct-fetch.ts).
    ...state.direct,
  };

  for (let retry = 0; ; retry++) {
    const controller = new AbortController();
    init.signal = controller.signal;
    const forwardAbort = signal && (() => controller.abort(signal.reason));
    // An already aborted signal fails the attempt at once; the catch below reports it.
    if (forwardAbort) signal.aborted ? forwardAbort() : signal.addEventListener("abort", forwardAbort);
    // Timers cap at 2^31 - 1 ms; past that (or at 0) an attempt waits forever.
    const timer = timeoutMs > 0 && timeoutMs < 2 ** 31 && setTimeout(() => controller.abort(), timeoutMs);

    let failure: PiecesDistributionsError;
    try {
      const { data, error, response } = await state.raw.request(spec.method, spec.path, init);
      if (response.ok) {
        let body: unknown;
        if (spec.returns) {
          try {
            body = JSON.parse(data as string); // an empty body (undefined) is a SyntaxError too
          } catch (cause) {
            throw new ApiResponseError(
              `answered ${response.status}: invalid JSON (${cause})`,
              answer(request, response, data, cause),
            );
          }
          if (state.validateResponses)
            (await import("./validate.js")).validateResponse(
              spec.returns,
              body,
              answer(request, response, data),
            );
        }
        return raw ? { data: body, response } : body;
      }
      const bodyText = typeof error === "string" ? error : (JSON.stringify(error) ?? "");
      failure = new ApiError(
        `answered ${response.status}: ${bodyText.slice(0, 300)}`,
        answer(request, response, bodyText),
      );
      if (!isRetryableStatus(response.status)) throw failure;
    } catch (error) {
      if (error instanceof PiecesDistributionsError) throw error;
      if (signal?.aborted) throw new ApiAbortError("was aborted", { ...request, cause: signal.reason });
      failure = controller.signal.aborted
        ? new ApiTimeoutError(`timed out after ${timeoutMs} ms`, { ...request, cause: error, timeoutMs })
        : new ApiConnectionError(
            // fetch says only "fetch failed" and puts the reason (ECONNREFUSED...) in its own `cause`.
            `failed (${(error as Error).cause ?? error}): is Pieces OS (or the mock server) running?`,
            { ...request, cause: error },
          );
    } finally {
      clearTimeout(timer as ReturnType<typeof setTimeout>); // clearTimeout(false) does nothing
      signal?.removeEventListener("abort", forwardAbort as () => void);
    }

    if (retry >= maxRetries) throw failure;
    // Only an ApiError has headers, and so perhaps a Retry-After.
    await sleep(retryDelayMs(retry, (failure as Partial<ApiError>).headers?.get("retry-after")), signal); // cut short by the signal, which the next turn reports
  }
}

/** The request's details plus the answer: its status, headers and body text. */
function answer(
  request: RequestDetails,
  response: Response,
  bodyText: unknown,
  cause?: unknown,
): ResponseDetails {
  return {
    ...request,
    cause,
    status: response.status,
    headers: response.headers,
    bodyText: (bodyText as string | undefined) ?? "",
  };
}
