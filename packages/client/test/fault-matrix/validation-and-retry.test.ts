import { describe, expect, it, onTestFinished } from "vitest";
import {
  ApiAbortError,
  ApiError,
  createDistributionsClient,
  type DistributionsClient,
  ResponseValidationError,
} from "../../src/index.js";
import { validateResponses } from "../../src/validate.js";
import { callOperation, settle } from "./call.js";
import { type Fault, startFaultyServer } from "./faulty-server.js";

/** A faulty server answering with `faults` in turn, and a client of it that counts its attempts. */
async function setUp(
  faults: [Fault, ...Fault[]],
  options: { validateResponses?: boolean; maxRetries?: number } = {},
) {
  const server = await startFaultyServer();
  onTestFinished(() => server.close());
  server.answerWith(...faults);
  const counter = { attempts: 0 };
  const client: DistributionsClient = createDistributionsClient({
    baseUrl: server.url,
    // Every answer here is immediate: a generous timeout never races it on a loaded machine.
    timeoutMs: 10_000,
    maxRetries: options.maxRetries ?? 1,
    validateResponses: options.validateResponses === true && validateResponses,
    fetch: (request) => {
      counter.attempts += 1;
      return fetch(request);
    },
  });
  return { server, client, counter };
}

describe("validateResponses: a wrong-shaped 2xx is caught, a right one passes", () => {
  it("a snapshot answered with wrong-shaped JSON rejects with ResponseValidationError naming /iterable, not retried", async () => {
    const { client, counter } = await setUp(["200 wrong-shaped JSON"], { validateResponses: true });
    const settled = await settle(client.distributionsSnapshot(), 5000);
    expect(settled.resolved).toBe(false);
    const error = (settled as { error: ResponseValidationError }).error;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.schema).toBe("Distributions");
    expect(error.problems.map((problem) => problem.path)).toContain("/iterable");
    expect(error.status).toBe(200);
    expect(JSON.parse(error.bodyText)).toEqual({ iterable: "not a list", id: 42 });
    expect(counter.attempts).toBe(1);
  });

  it("a create answered with wrong-shaped JSON rejects with ResponseValidationError naming /id", async () => {
    const { client } = await setUp(["200 wrong-shaped JSON"], { validateResponses: true });
    const settled = await settle(callOperation(client, "distributionsCreateNewDistribution"), 5000);
    const error = (settled as { error: ResponseValidationError }).error;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.schema).toBe("Distribution");
    expect(error.problems.map((problem) => problem.path)).toContain("/id");
  });

  it("without validateResponses the same answer is handed over as it is (validation is opt-in)", async () => {
    const { client } = await setUp(["200 wrong-shaped JSON"]);
    expect(await client.distributionsSnapshot()).toEqual({ iterable: "not a list", id: 42 });
  });

  it("valid answers pass validation, a 10 MB one included", async () => {
    const { client } = await setUp(["ok", "10 MB body"], { validateResponses: true });
    expect((await client.distributionsSnapshot()).iterable).toHaveLength(1);
    const big = await client.distributionsSnapshot({ timeoutMs: 10_000 });
    expect(big.iterable).toHaveLength(1);
  });

  it("a delete has no body to validate: any 2xx completes it, even with validateResponses", async () => {
    const { client } = await setUp(["200 wrong-shaped JSON"], { validateResponses: true });
    expect(await callOperation(client, "distributionsDeleteSpecificDistribution")).toBeUndefined();
  });
});

describe("retry policy details", () => {
  it("a snapshot recovers when a retry succeeds: 503, then the answer", async () => {
    const { client, counter } = await setUp(["503 with Retry-After", "ok"]);
    expect((await client.distributionsSnapshot()).iterable).toHaveLength(1);
    expect(counter.attempts).toBe(2);
  });

  it("a snapshot recovers from a connection closed without an answer", async () => {
    const { client, counter } = await setUp(["close without answering", "ok"]);
    expect((await client.distributionsSnapshot()).iterable).toHaveLength(1);
    expect(counter.attempts).toBe(2);
  });

  it("a Retry-After of 120 s is waited out (capped at 60 s), not retried at once: the signal ends the wait", async () => {
    const { client, server } = await setUp(["503 with a Retry-After of 120 s", "ok"]);
    const controller = new AbortController();
    const call = client.distributionsSnapshot({ signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const settled = await settle(call, 5000);
    expect((settled as { error: unknown }).error).toBeInstanceOf(ApiAbortError);
    expect(server.requests, "no retry went out while waiting").toHaveLength(1);
  });

  it("a create is never retried by default, even with a client-wide maxRetries of 5", async () => {
    const { client, server, counter } = await setUp(["503 with Retry-After", "ok"], { maxRetries: 5 });
    const settled = await settle(callOperation(client, "distributionsCreateNewDistribution"), 5000);
    expect((settled as { error: ApiError }).error).toBeInstanceOf(ApiError);
    expect(counter.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("maxRetries 0 turns retries off for a snapshot", async () => {
    const { client, counter } = await setUp(["503 with Retry-After", "ok"], { maxRetries: 0 });
    expect((await settle(client.distributionsSnapshot(), 5000)).resolved).toBe(false);
    expect(counter.attempts).toBe(1);
  });

  it("the caller's signal ends a call that gets no answer with ApiAbortError, and nothing is retried", async () => {
    const { client, counter } = await setUp(["never answers"]);
    const controller = new AbortController();
    const call = client.distributionsSnapshot({ signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(new Error("the user cancelled")), 50);
    const settled = await settle(call, 5000);
    expect((settled as { error: unknown }).error).toBeInstanceOf(ApiAbortError);
    expect(counter.attempts).toBe(1);
  });

  it("the caller's signal also ends the wait before a retry", async () => {
    const { client, server } = await setUp(["503 without Retry-After"], { maxRetries: 5 });
    const controller = new AbortController();
    const call = client.distributionsSnapshot({ signal: controller.signal });
    // The first attempt fails at once; the backoff before the second is at least 375 ms.
    setTimeout(() => controller.abort(), 150);
    const settled = await settle(call, 5000);
    expect((settled as { error: unknown }).error).toBeInstanceOf(ApiAbortError);
    // Counted at the server: a fetch called with an already aborted signal sends nothing.
    expect(server.requests).toHaveLength(1);
  });
});
