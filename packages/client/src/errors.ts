/**
 * Every error the client throws, as one small hierarchy (the shape openai-node uses):
 *
 * PiecesDistributionsError
 * ├─ InvalidArgumentError      an option or parameter is unusable; nothing was sent
 * ├─ ApiConnectionError        Pieces OS could not be reached
 * │  └─ ApiTimeoutError        an attempt took longer than `timeoutMs`
 * ├─ ApiAbortError             the caller's `signal` fired
 * ├─ ApiError                  Pieces OS answered with a non-2xx status
 * └─ ApiResponseError          a 2xx answer whose body is not the JSON the document promises
 *    └─ ResponseValidationError   the JSON does not match its schema (`validateResponses`)
 *
 * Each constructor takes exactly the details its class carries, so a missing one is a compile error, and
 * assigns each field itself. Each keeps what it was caused by in `cause`. The messages are written where the
 * errors are thrown (`request.ts`, `validate.ts`): `new ApiError(message, details)`.
 */
import type { ValidationProblem } from "@pieces-distributions/models/validators";

/** The request an error is about. */
export type RequestDetails = {
  /** The HTTP method, such as `POST`. */
  readonly method: string;
  /** The full URL of the request, path parameters encoded. */
  readonly url: string;
  /** What the error was caused by, if anything. */
  readonly cause?: unknown;
};

/** A request and the answer it got. */
export type ResponseDetails = RequestDetails & {
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The headers of the answer. */
  readonly headers: Headers;
  /** The body of the answer, as text. */
  readonly bodyText: string;
};

/** A request whose attempt ran out of time. */
export type TimeoutDetails = RequestDetails & {
  /** The time limit of each attempt, in milliseconds. */
  readonly timeoutMs: number;
};

/** A 2xx JSON answer and why it does not match its schema. */
export type ValidationDetails = ResponseDetails & {
  /** The schema the body should have matched, such as `Distribution`. */
  readonly schema: string;
  /** What is wrong, each with its JSON Pointer. */
  readonly problems: readonly ValidationProblem[];
};

/**
 * The base class of every error this package throws. With the details of a request, the message starts with
 * its method and URL, and `details.cause` becomes the error's `cause`; each subclass sets its own fields.
 */
export class PiecesDistributionsError extends Error {
  override name = "PiecesDistributionsError";

  constructor(message: string, details?: RequestDetails) {
    super(details ? `${details.method} ${details.url} ${message}` : message, details);
  }
}

/** An option or a parameter cannot be used (the message names it); no request was sent. */
export class InvalidArgumentError extends PiecesDistributionsError {
  override name = "InvalidArgumentError";

  constructor(message: string) {
    super(message);
  }
}

/** Pieces OS could not be reached at all: nothing listens at the URL, or the connection broke. */
export class ApiConnectionError extends PiecesDistributionsError {
  override name = "ApiConnectionError";
  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The URL that could not be reached. */
  declare readonly url: string;

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: RequestDetails) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
  }
}

/** One attempt took longer than its `timeoutMs` (it was cancelled; after the last retry this is thrown). */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  /** The time limit of each attempt, in milliseconds. */
  declare readonly timeoutMs: number;

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: TimeoutDetails) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
  }
}

/** The caller's `signal` fired before the call finished; `cause` is the signal's reason. */
export class ApiAbortError extends PiecesDistributionsError {
  override name = "ApiAbortError";
  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The URL of the request. */
  declare readonly url: string;

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: RequestDetails) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
  }
}

/** Pieces OS answered with a status that is not 2xx; Pieces OS explains a 500 in a plain-text body. */
export class ApiError<Body = unknown> extends PiecesDistributionsError {
  override name = "ApiError";
  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The URL of the request. */
  declare readonly url: string;
  /** The HTTP status of the answer, such as 500. */
  declare readonly status: number;
  /** The headers of the answer (`retry-after`, `content-type`...). */
  declare readonly headers: Headers;
  /** The body of the answer as text (re-serialised when middleware or an injected `fetch` let openapi-fetch parse it as JSON). */
  declare readonly bodyText: string;
  /**
   * The body of a JSON answer (`content-type` naming JSON), parsed; `undefined` for any other answer or one
   * that does not parse (`bodyText` has it). `ApiErrorOf<"method">` types it as that operation documents it.
   */
  declare readonly body: Body | undefined;

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: ResponseDetails) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.headers = details.headers;
    this.bodyText = details.bodyText;
    let body: Body | undefined;
    try {
      if (/json/i.test(details.headers.get("content-type") ?? "")) body = JSON.parse(details.bodyText);
    } catch {}
    this.body = body;
  }
}

/** A 2xx answer whose body is not the JSON the document promises (empty, HTML, malformed...). */
export class ApiResponseError extends PiecesDistributionsError {
  override name = "ApiResponseError";
  /** The HTTP method of the request. */
  declare readonly method: string;
  /** The URL of the request. */
  declare readonly url: string;
  /** The HTTP status of the answer, such as 200. */
  declare readonly status: number;
  /** The headers of the answer. */
  declare readonly headers: Headers;
  /** The body of the answer, as text. */
  declare readonly bodyText: string;

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: ResponseDetails) {
    super(message, details);
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.headers = details.headers;
    this.bodyText = details.bodyText;
  }
}

/** A 2xx JSON answer that does not match its schema (only with `validateResponses`); names each JSON path. */
export class ResponseValidationError extends ApiResponseError {
  override name = "ResponseValidationError";
  /** The schema the body should have matched, such as `Distribution`. */
  declare readonly schema: string;
  /** What is wrong, each with its JSON Pointer, such as `{ path: "/share/link", message: "must be string" }`. */
  declare readonly problems: readonly ValidationProblem[];

  /** `message` follows the request's method and URL. */
  constructor(message: string, details: ValidationDetails) {
    super(message, details);
    this.schema = details.schema;
    this.problems = details.problems;
  }
}
