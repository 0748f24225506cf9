import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it, onTestFinished } from "vitest";
import { ApiTimeoutError, type ClientOptions, createDistributionsClient } from "../../src/index.js";
import { settle } from "./call.js";
import { startFaultyServer } from "./faulty-server.js";

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Node 20's undici forwards an abort from one Request to the fetch made from it only while the first
 * Request object is alive (it follows the signal through a WeakRef). An injected fetch that does
 * `fetch(request)` makes exactly that pair, so if the client let go of openapi-fetch's Request before the
 * body was read, a collection during the read would leave the timeout with nothing to cancel, and the call
 * would wait forever on a stalled body. Found by CI: one fault-matrix cell hung once in a cold run.
 */
describe("a timed-out body read while the collector runs", () => {
  const ways: [string, ClientOptions][] = [
    ["with an injected fetch that wraps the Request", { fetch: (request) => fetch(request) }],
    ["with middleware", { middleware: [{ onRequest: ({ request }) => request }] }],
    ["with neither (the client's own fetch(url, init))", {}],
  ];

  it.each(ways)("still fails with ApiTimeoutError %s", async (_way, options) => {
    const server = await startFaultyServer();
    onTestFinished(() => server.close());
    server.answerWith("headers then a stalled body");
    const client = createDistributionsClient({
      ...options,
      baseUrl: server.url,
      timeoutMs: 200,
      maxRetries: 0,
    });
    const collector = setInterval(collectGarbage, 20);
    onTestFinished(() => clearInterval(collector));

    const settled = await settle(client.distributionsSnapshot(), 3_000);

    expect(settled.resolved).toBe(false);
    expect((settled as { error: unknown }).error).toBeInstanceOf(ApiTimeoutError);
  });
});
