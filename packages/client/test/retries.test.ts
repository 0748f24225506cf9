import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  createDistributionsClient,
  InvalidArgumentError,
} from "../src/index.js";
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryDelayMs } from "../src/retry.js";
import {
  DISTRIBUTION,
  json,
  type Reply,
  startTestServer,
  type TestServer,
  text,
} from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** A 503 asking to come back at once, so retries need no waiting. */
const busy = text(503, "Pieces OS is starting", { "retry-after": "0" });

async function clientAnswering(
  replies: Reply[],
  options: Parameters<typeof createDistributionsClient>[0] = {},
) {
  server = await startTestServer(replies);
  return { server, client: createDistributionsClient({ baseUrl: server.url, ...options }) };
}

describe("retries of a GET (snapshot)", () => {
  it("retries a 503 with Retry-After and resolves with the answer of the next attempt", async () => {
    const { server, client } = await clientAnswering([busy, json(200, { iterable: [] })]);

    await expect(client.distributionsSnapshot()).resolves.toEqual({ iterable: [] });
    expect(server.requests.map((request) => request.path)).toEqual(["/distributions", "/distributions"]);
  });

  it.each([408, 429, 500, 502, 504])("retries a %i", async (status) => {
    const { server, client } = await clientAnswering([
      text(status, "again", { "retry-after": "0" }),
      json(200, { iterable: [] }),
    ]);

    await client.distributionsSnapshot();
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 404, 409])("does not retry a %i", async (status) => {
    const { server, client } = await clientAnswering([text(status, "no"), json(200, { iterable: [] })]);

    await expect(client.distributionsSnapshot()).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
  });

  it("gives up after maxRetries (2 by default): three attempts, then the last ApiError", async () => {
    const { server, client } = await clientAnswering([busy]);

    const call = client.distributionsSnapshot();

    await expect(call).rejects.toMatchObject({
      name: "ApiError",
      status: 503,
      bodyText: "Pieces OS is starting",
    });
    expect(server.requests).toHaveLength(3);
  });

  it("takes maxRetries from the client and from the call", async () => {
    const { server, client } = await clientAnswering([busy], { maxRetries: 4 });

    await expect(client.distributionsSnapshot()).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(5);
    await expect(client.distributionsSnapshot({ maxRetries: 0 })).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(6);
  });

  it.each([Number.NaN, -1, -0.5])(
    "refuses a maxRetries of %d with InvalidArgumentError, sending nothing",
    async (maxRetries) => {
      const { server, client } = await clientAnswering([busy]);

      await expect(client.distributionsSnapshot({ maxRetries })).rejects.toThrow(
        `maxRetries cannot be ${maxRetries}`,
      );
      expect(server.requests).toHaveLength(0);
    },
  );

  it("refuses a client created with a negative timeoutMs when it is created", async () => {
    await expect(clientAnswering([busy], { timeoutMs: -1 })).rejects.toThrow(
      new InvalidArgumentError("timeoutMs cannot be -1"),
    );
  });

  it("retries a connection that closes without answering", async () => {
    const { server, client } = await clientAnswering(["destroy", json(200, { iterable: [] })]);

    await expect(client.distributionsSnapshot()).resolves.toEqual({ iterable: [] });
    expect(server.requests).toHaveLength(2);
  });

  it("retries a timed-out attempt", async () => {
    const { server, client } = await clientAnswering(["hang", json(200, { iterable: [] })], {
      timeoutMs: 50,
    });

    await expect(client.distributionsSnapshot()).resolves.toEqual({ iterable: [] });
    expect(server.requests).toHaveLength(2);
  });

  it("stops waiting for a retry as soon as the caller aborts", async () => {
    const { server, client } = await clientAnswering([text(503, "later", { "retry-after": "30" })]);
    const controller = new AbortController();
    const call = client.distributionsSnapshot({ signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    controller.abort();

    await expect(call).rejects.toBeInstanceOf(ApiAbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("no retries where repeating could change data twice", () => {
  it("never retries a create on its own, even on a retryable status", async () => {
    const { server, client } = await clientAnswering([busy, json(200, DISTRIBUTION)], { maxRetries: 5 });

    await expect(client.distributionsCreateNewDistribution()).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("never retries a create after a connection failure either", async () => {
    const { server, client } = await clientAnswering(["destroy", json(200, DISTRIBUTION)]);

    await expect(client.distributionsCreateNewDistribution()).rejects.toBeInstanceOf(ApiConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a create when the call opts in with maxRetries, sending the same body again", async () => {
    const { server, client } = await clientAnswering([busy, json(200, DISTRIBUTION)]);
    const seed = { mailgun: { recipients: { iterable: [{ email: "ada@example.com" }] } } };

    await expect(
      client.distributionsCreateNewDistribution({ seededDistribution: seed }, { maxRetries: 1 }),
    ).resolves.toEqual(DISTRIBUTION);
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([seed, seed]);
  });

  it("does not retry a delete by default (a retried delete may see a 500 for an id it removed)", async () => {
    const { server, client } = await clientAnswering([busy, { status: 204 }]);

    await expect(
      client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("retryDelayMs: the wait before a retry", () => {
  it("honours Retry-After in seconds", () => {
    expect(retryDelayMs(0, "3")).toBe(3000);
    expect(retryDelayMs(2, "0")).toBe(0);
  });

  it("honours Retry-After as an HTTP date", () => {
    const inTwentySeconds = new Date(Date.now() + 20_000).toUTCString();
    const delay = retryDelayMs(0, inTwentySeconds);
    expect(delay).toBeGreaterThan(18_000);
    expect(delay).toBeLessThanOrEqual(20_000);
  });

  it("waits no more for a date in the past", () => {
    expect(retryDelayMs(0, new Date(Date.now() - 60_000).toUTCString())).toBeLessThanOrEqual(0);
  });

  it("caps Retry-After at MAX_RETRY_AFTER_MS", () => {
    expect(retryDelayMs(0, "3600")).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelayMs(0, new Date(Date.now() + 3_600_000).toUTCString())).toBe(MAX_RETRY_AFTER_MS);
  });

  it("backs off exponentially from 0.5 s to at most 8 s without a usable Retry-After", () => {
    vi.spyOn(Math, "random").mockReturnValue(0); // no jitter
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, null))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect(retryDelayMs(1, "soon")).toBe(1000);
  });

  it("takes off up to 25 % of jitter", () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    expect(retryDelayMs(1, null)).toBe(750);
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    expect(retryDelayMs(1, null)).toBe(875);
  });
});

describe("isRetryableStatus", () => {
  it("is true for 408, 429 and 5xx only", () => {
    expect([408, 429, 500, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 204, 400, 401, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });
});
