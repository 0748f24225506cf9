import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  createDistributionsClient,
  PiecesDistributionsError,
  type RequestOptions,
  ResponseValidationError,
} from "../../src/index.js";
import { callOperation, REQUEST_LINE, settle } from "./call.js";
import {
  type ErrorClass,
  expectedOutcome,
  FAULTS,
  type MatrixFault,
  OPERATIONS,
  type Operation,
  retriesByDefault,
  timeoutFor,
} from "./expectations.js";
import { type FaultyServer, refusingUrl, startFaultyServer } from "./faulty-server.js";

/** The client-wide retry budget: one retry keeps the matrix fast and still shows whether retries happen. */
const MAX_RETRIES = 1;

const CLASSES: Readonly<Record<ErrorClass, abstract new (...args: never[]) => Error>> = {
  ApiConnectionError,
  ApiTimeoutError,
  ApiError,
  ApiResponseError,
  ResponseValidationError,
};

/** Unhandled rejections anywhere in this file (there must be none). */
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let socketsBefore = 0;
const openSockets = () => process.getActiveResourcesInfo().filter((kind) => kind.startsWith("TCP")).length;

beforeAll(() => {
  process.on("unhandledRejection", onUnhandled);
  socketsBefore = openSockets();
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled, "unhandled rejections").toEqual([]);
  // Every socket of the matrix closes: the servers are closed, and no client keeps one open.
  for (let wait = 0; wait < 50 && openSockets() > socketsBefore; wait += 1)
    await new Promise((r) => setTimeout(r, 20));
  expect(openSockets(), "TCP handles left open by the matrix").toBe(socketsBefore);
});

/**
 * Runs one operation against one fault and checks the documented outcome: it settles; it resolves, or
 * rejects with exactly the documented class carrying method, URL and (for an answer) status and body text;
 * and it makes exactly as many attempts as the retry policy allows, counted at the fetch and at the server.
 */
async function runCell(
  fault: MatrixFault,
  operation: Operation,
  callOptions: RequestOptions | undefined,
  mayRetry: boolean,
) {
  let server: FaultyServer | undefined;
  if (fault !== "connection refused") {
    const started = await startFaultyServer();
    onTestFinished(() => started.close());
    started.answerWith(fault);
    server = started;
  }
  const baseUrl = server?.url ?? (await refusingUrl());
  let attempts = 0;
  const client = createDistributionsClient({
    baseUrl,
    timeoutMs: timeoutFor(fault),
    maxRetries: MAX_RETRIES,
    fetch: (request) => {
      attempts += 1;
      return fetch(request);
    },
  });

  const settled = await settle(callOperation(client, operation, callOptions), 15_000);
  const expected = expectedOutcome(fault, operation);
  const { method, path } = REQUEST_LINE[operation];

  if ("resolves" in expected) {
    expect(settled.resolved, settled.resolved ? "" : String((settled as { error: unknown }).error)).toBe(
      true,
    );
  } else {
    expect(settled.resolved, `${operation} must reject under "${fault}"`).toBe(false);
    const error = (settled as { error: unknown }).error as PiecesDistributionsError & Record<string, unknown>;
    expect(error).toBeInstanceOf(PiecesDistributionsError);
    expect(error).toBeInstanceOf(CLASSES[expected.rejects]);
    expect(error.name, "exactly the documented class, not a subclass").toBe(expected.rejects);
    expect(error.method).toBe(method);
    expect(error.url).toBe(`${baseUrl}${path}`);
    expect(error.message).toContain(`${method} ${baseUrl}${path}`);
    if (expected.status !== undefined) expect(error.status).toBe(expected.status);
    if (expected.bodyText !== undefined) {
      expect(typeof error.bodyText).toBe("string");
      expect(
        expected.bodyText(error.bodyText as string),
        `bodyText: ${String(error.bodyText).slice(0, 100)}`,
      ).toBe(true);
      expect(error.headers).toBeInstanceOf(Headers);
    }
    if (expected.rejects === "ApiConnectionError" || expected.rejects === "ApiTimeoutError")
      expect(error.cause, "a connection failure keeps what caused it").toBeDefined();
    if (expected.rejects === "ApiTimeoutError") expect(error.timeoutMs).toBe(timeoutFor(fault));
  }

  const retried = !("resolves" in expected) && expected.retryable && mayRetry;
  const expectedAttempts = retried ? MAX_RETRIES + 1 : 1;
  expect(attempts, `attempts for ${operation} under "${fault}"`).toBe(expectedAttempts);
  if (server) {
    expect(server.requests.length, "requests the server received").toBe(expectedAttempts);
    for (const request of server.requests)
      expect(`${request.method} ${request.path}`).toBe(`${method} ${path}`);
  }
}

describe("client fault matrix: every fault x every operation (maxRetries 1; timeoutMs 300 for the faults that never finish)", () => {
  for (const fault of FAULTS) {
    describe(fault, () => {
      for (const operation of OPERATIONS) {
        const expected = expectedOutcome(fault, operation);
        const what = "resolves" in expected ? "resolves" : `rejects with ${expected.rejects}`;
        const retry =
          "resolves" in expected
            ? ""
            : expected.retryable && retriesByDefault(operation)
              ? ", retried once"
              : ", not retried";
        it(`${operation} ${what}${retry}`, () =>
          runCell(fault, operation, undefined, retriesByDefault(operation)));
      }
    });
  }
});

describe("create and delete retry only when the call opts in (per-call maxRetries)", () => {
  for (const fault of FAULTS) {
    for (const operation of OPERATIONS.filter((op) => !retriesByDefault(op))) {
      const expected = expectedOutcome(fault, operation);
      if ("resolves" in expected || !expected.retryable) continue;
      it(`${operation} under "${fault}" with { maxRetries: ${MAX_RETRIES} } makes ${MAX_RETRIES + 1} attempts`, () =>
        runCell(fault, operation, { maxRetries: MAX_RETRIES }, true));
    }
  }
});
