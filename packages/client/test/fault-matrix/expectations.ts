import type { Fault } from "./faulty-server.js";
import { BIG_BODY_BYTES, HTML_ERROR, PLAIN_ERROR } from "./faulty-server.js";

/** The three operations, by the client method that calls them. */
export type Operation =
  | "distributionsSnapshot"
  | "distributionsCreateNewDistribution"
  | "distributionsDeleteSpecificDistribution";

export const OPERATIONS: readonly Operation[] = [
  "distributionsSnapshot",
  "distributionsCreateNewDistribution",
  "distributionsDeleteSpecificDistribution",
];

/** The faults of the matrix, plus `refused` (nothing listens at the URL). */
export type MatrixFault = Exclude<Fault, "ok" | "503 with a Retry-After of 120 s"> | "connection refused";

export const FAULTS: readonly MatrixFault[] = [
  "connection refused",
  "close without answering",
  "reset mid-body",
  "200 truncated JSON",
  "200 text/html",
  "200 wrong-shaped JSON",
  "204 with a body",
  "500 text/plain",
  "500 text/html",
  "502 without Retry-After",
  "502 with Retry-After",
  "503 without Retry-After",
  "503 with Retry-After",
  "headers then a stalled body",
  "never answers",
  "10 MB body",
];

/** The error class names of the client, most specific first. */
export type ErrorClass =
  | "ApiConnectionError"
  | "ApiTimeoutError"
  | "ApiError"
  | "ApiResponseError"
  | "ResponseValidationError";

/** What a call meets under a fault: it resolves, or it rejects with an error of a class (with these facts). */
export type Outcome =
  | { readonly resolves: true }
  | {
      readonly rejects: ErrorClass;
      /** The answer's status, for errors about an answer. */
      readonly status?: number;
      /** A check of the error's `bodyText`. */
      readonly bodyText?: (text: string) => boolean;
      /** Whether the retry policy allows another attempt after this failure (if the call may retry at all). */
      readonly retryable: boolean;
    };

const connection: Outcome = { rejects: "ApiConnectionError", retryable: true };
const timeout: Outcome = { rejects: "ApiTimeoutError", retryable: true };
const apiError = (status: number, body: string): Outcome => ({
  rejects: "ApiError",
  status,
  bodyText: (text) => text.startsWith(body.slice(0, 20)),
  retryable: true,
});
const notJson = (status: number, body: (text: string) => boolean): Outcome => ({
  rejects: "ApiResponseError",
  status,
  bodyText: body,
  retryable: false,
});

/**
 * The documented outcome of each fault for each operation (client README, "Reliability"). A delete's
 * success has no body, so any 2xx completes it whatever the body holds; snapshot and create need their
 * JSON. `validateResponses` is off here (see the validation tests for a wrong-shaped 200 with it on).
 */
export function expectedOutcome(fault: MatrixFault, operation: Operation): Outcome {
  const isDelete = operation === "distributionsDeleteSpecificDistribution";
  switch (fault) {
    case "connection refused":
    case "close without answering":
    case "reset mid-body":
      return connection;
    case "headers then a stalled body":
    case "never answers":
      return timeout;
    case "200 truncated JSON":
      return isDelete ? { resolves: true } : notJson(200, (text) => text.startsWith('{"iterable":[{"id":'));
    case "200 text/html":
      return isDelete ? { resolves: true } : notJson(200, (text) => text.includes("<html>"));
    case "204 with a body":
      // The HTTP layer drops a 204's body: an empty success, fine for a delete, not JSON for the others.
      return isDelete ? { resolves: true } : notJson(204, (text) => text === "");
    case "200 wrong-shaped JSON":
      return { resolves: true };
    case "500 text/plain":
      return apiError(500, PLAIN_ERROR);
    case "500 text/html":
      return apiError(500, HTML_ERROR);
    case "502 without Retry-After":
    case "502 with Retry-After":
      return apiError(502, "<!doctype html>");
    case "503 without Retry-After":
    case "503 with Retry-After":
      return apiError(503, "Pieces OS is starting");
    case "10 MB body":
      // Snapshot and create get a valid answer padded to 10 MB; a delete gets a 10 MB plain-text 500.
      return isDelete
        ? {
            rejects: "ApiError",
            status: 500,
            bodyText: (text) => text.length === BIG_BODY_BYTES,
            retryable: true,
          }
        : { resolves: true };
  }
}

/** Whether calls of this operation retry by default (the policy: only GET, which is safe to repeat). */
export const retriesByDefault = (operation: Operation): boolean => operation === "distributionsSnapshot";

/** The faults whose point is a timeout: the server never finishes its answer. */
const TIMEOUT_FAULTS: readonly MatrixFault[] = ["headers then a stalled body", "never answers"];

/**
 * The `timeoutMs` to run a fault with: 300 ms where the timeout is what is tested, so the matrix stays fast;
 * elsewhere 10 s, far above what an immediate answer (or reading 10 MB) takes on a loaded 2-core machine, so
 * the timer never races the answer under test (a hang would still end in a wrong ApiTimeoutError).
 */
export const timeoutFor = (fault: MatrixFault): number => (TIMEOUT_FAULTS.includes(fault) ? 300 : 10_000);
