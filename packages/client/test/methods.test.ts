import { afterEach, describe, expect, it, vi } from "vitest";
import { createDistributionsClient, InvalidArgumentError } from "../src/index.js";
import { DISTRIBUTION, json, type Reply, startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

async function clientAnswering(...replies: Reply[]) {
  server = await startTestServer(replies);
  return {
    server,
    client: createDistributionsClient({ baseUrl: server.url, headers: { "x-client": "tests" } }),
  };
}

describe("distributionsCreateNewDistribution", () => {
  it("POSTs the seeded distribution as JSON to /distributions/create and resolves with the Distribution", async () => {
    const { server, client } = await clientAnswering(json(200, DISTRIBUTION));
    const seed = { github: { gist: { name: "debounce.ts", public: true } } };

    const created = await client.distributionsCreateNewDistribution({ seededDistribution: seed });

    expect(created).toEqual(DISTRIBUTION);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/distributions/create");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-client"]).toBe("tests");
    expect(JSON.parse(request?.body ?? "")).toEqual(seed);
  });

  it("sends no body (and no content type) when called without a seed", async () => {
    const { server, client } = await clientAnswering(json(200, DISTRIBUTION));

    await client.distributionsCreateNewDistribution();

    expect(server.requests[0]?.body).toBe("");
    expect(server.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it("has a Raw twin resolving with the parsed body and the Response", async () => {
    const { client } = await clientAnswering(json(200, DISTRIBUTION, { "x-request-id": "abc" }));

    const { data, response } = await client.distributionsCreateNewDistributionRaw({ seededDistribution: {} });

    expect(data).toEqual(DISTRIBUTION);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("abc");
  });
});

describe("distributionsDeleteSpecificDistribution", () => {
  it("POSTs to /distributions/{id}/delete and resolves with nothing on 204", async () => {
    const { server, client } = await clientAnswering({ status: 204 });

    const result = await client.distributionsDeleteSpecificDistribution({ distribution: DISTRIBUTION.id });

    expect(result).toBeUndefined();
    expect(server.requests[0]?.method).toBe("POST");
    expect(server.requests[0]?.path).toBe(`/distributions/${DISTRIBUTION.id}/delete`);
    expect(server.requests[0]?.body).toBe("");
  });

  it("percent-encodes the id as one segment: ../create reaches /distributions/..%2Fcreate/delete", async () => {
    const { server, client } = await clientAnswering({ status: 204 });

    await client.distributionsDeleteSpecificDistribution({ distribution: "../create" });

    expect(server.requests.map((request) => request.path)).toEqual(["/distributions/..%2Fcreate/delete"]);
  });

  it("encodes every reserved character of an id", async () => {
    const { server, client } = await clientAnswering({ status: 204 });

    await client.distributionsDeleteSpecificDistribution({ distribution: "a/b?c#d e%f" });

    expect(server.requests[0]?.path).toBe("/distributions/a%2Fb%3Fc%23d%20e%25f/delete");
  });

  it.each(["..", ".", "", "\ud800"])(
    "refuses the id %j (resolved away by URL parsing, or without a UTF-8 form) and sends nothing",
    async (id) => {
      const { server, client } = await clientAnswering({ status: 204 });

      const call = client.distributionsDeleteSpecificDistribution({ distribution: id });

      await expect(call).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(call).rejects.toThrow(`path parameter distribution cannot be ${JSON.stringify(id)}`);
      expect(server.requests).toEqual([]);
    },
  );

  it("refuses a missing id from untyped callers instead of sending {distribution}", async () => {
    const { server, client } = await clientAnswering({ status: 204 });
    const untyped = client.distributionsDeleteSpecificDistribution as (request?: unknown) => Promise<void>;

    await expect(untyped()).rejects.toThrow("path parameter distribution cannot be undefined");
    await expect(untyped({})).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.requests).toEqual([]);
  });

  it("has a Raw twin resolving with undefined data and the Response", async () => {
    const { client } = await clientAnswering({ status: 204 });

    const { data, response } = await client.distributionsDeleteSpecificDistributionRaw({ distribution: "x" });

    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
  });
});

describe("distributionsSnapshot", () => {
  it("GETs /distributions and resolves with the Distributions", async () => {
    const { server, client } = await clientAnswering(json(200, { iterable: [DISTRIBUTION] }));

    const snapshot = await client.distributionsSnapshot();

    expect(snapshot).toEqual({ iterable: [DISTRIBUTION] });
    expect(server.requests[0]?.method).toBe("GET");
    expect(server.requests[0]?.path).toBe("/distributions");
    expect(server.requests[0]?.headers["x-client"]).toBe("tests");
  });

  it("merges per-request headers over the client's", async () => {
    const { server, client } = await clientAnswering(json(200, { iterable: [] }));

    await client.distributionsSnapshot({ headers: { "x-client": "override", "x-trace": "1" } });

    expect(server.requests[0]?.headers["x-client"]).toBe("override");
    expect(server.requests[0]?.headers["x-trace"]).toBe("1");
  });

  it("has a Raw twin resolving with the parsed body and the Response", async () => {
    const { client } = await clientAnswering(json(200, { iterable: [] }));

    const { data, response } = await client.distributionsSnapshotRaw();

    expect(data).toEqual({ iterable: [] });
    expect(response.headers.get("content-type")).toBe("application/json");
  });
});

describe("client options", () => {
  it("defaults baseUrl to http://localhost:1000, where Pieces OS listens", async () => {
    const seen: string[] = [];
    const client = createDistributionsClient({
      fetch: async (request) => {
        seen.push(request.url);
        return new Response(JSON.stringify({ iterable: [] }), {
          headers: { "content-type": "application/json" },
        });
      },
    });

    await client.distributionsSnapshot();

    expect(seen).toEqual(["http://localhost:1000/distributions"]);
  });

  it("accepts a base URL with a trailing slash", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const client = createDistributionsClient({ baseUrl: `${server.url}/` });

    await client.distributionsSnapshot();

    expect(server.requests[0]?.path).toBe("/distributions");
  });

  it("runs openapi-fetch middleware on every call", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const client = createDistributionsClient({
      baseUrl: server.url,
      middleware: [
        {
          onRequest({ request }) {
            request.headers.set("authorization", "Bearer token");
            return request;
          },
        },
      ],
    });

    await client.distributionsSnapshot();

    expect(server.requests[0]?.headers.authorization).toBe("Bearer token");
  });

  it("hands middleware added later through raw.use a real Request on typed calls too", async () => {
    server = await startTestServer([json(200, DISTRIBUTION), json(200, DISTRIBUTION)]);
    const client = createDistributionsClient({ baseUrl: server.url });
    await client.distributionsCreateNewDistribution({ seededDistribution: {} }); // before: the direct path
    const seen: unknown[] = [];
    client.raw.use({
      onRequest({ request }) {
        seen.push(request);
        request.headers.set("x-added-later", "yes");
        return request;
      },
    });

    await client.distributionsCreateNewDistribution({
      seededDistribution: { mailgun: { recipients: { iterable: [] } } },
    });

    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.requests[1]?.headers["x-added-later"]).toBe("yes");
    expect(JSON.parse(server.requests[1]?.body ?? "")).toEqual({ mailgun: { recipients: { iterable: [] } } });
  });

  it("sends the JSON body, its content type and every header on the direct path", async () => {
    server = await startTestServer([json(200, DISTRIBUTION)]);
    const client = createDistributionsClient({
      baseUrl: server.url,
      headers: { "x-client": "1", "x-removed": "no" },
    });

    await client.distributionsCreateNewDistribution(
      { seededDistribution: { github: { gist: { name: "a.ts" } } } },
      { headers: { "x-call": "2", "x-removed": null } },
    );

    const request = server.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-client"]).toBe("1");
    expect(request?.headers["x-call"]).toBe("2");
    expect(request?.headers["x-removed"]).toBeUndefined();
    expect(JSON.parse(request?.body ?? "")).toEqual({ github: { gist: { name: "a.ts" } } });
  });

  it("exposes the openapi-fetch client as raw, for path-based calls", async () => {
    server = await startTestServer([json(200, { iterable: [DISTRIBUTION] })]);
    const client = createDistributionsClient({ baseUrl: server.url });

    const { data } = await client.raw.GET("/distributions");

    expect(data?.iterable[0]?.id).toBe(DISTRIBUTION.id);
  });

  it("encodes path parameters of raw calls the same way", async () => {
    server = await startTestServer([{ status: 204 }]);
    const client = createDistributionsClient({ baseUrl: server.url });

    await client.raw.POST("/distributions/{distribution}/delete", {
      params: { path: { distribution: "../create" } },
    });

    expect(server.requests[0]?.path).toBe("/distributions/..%2Fcreate/delete");
  });
});

describe("the AbortSignal each attempt hands fetch (a Node fetch pays tens of µs to follow one)", () => {
  /** Watches the global fetch (which still sends every request) and lists the `signal` of each init it got. */
  function watchSignals(): () => unknown[] {
    const spy = vi.spyOn(globalThis, "fetch");
    return () => spy.mock.calls.map(([, init]) => init?.signal);
  }

  it("is a fresh one per attempt under the default timeout, aborted by neither party on success", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const client = createDistributionsClient({ baseUrl: server.url });
    const signals = watchSignals();

    await client.distributionsSnapshot();
    await client.distributionsSnapshot();

    const [first, second, ...more] = signals() as AbortSignal[];
    expect(more).toEqual([]);
    expect(first).toBeInstanceOf(AbortSignal);
    expect(second).toBeInstanceOf(AbortSignal);
    expect(first).not.toBe(second);
    expect(first?.aborted).toBe(false);
  });

  it("is none at all with timeoutMs: 0 and no caller signal", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const client = createDistributionsClient({ baseUrl: server.url, timeoutMs: 0 });
    const signals = watchSignals();

    await client.distributionsSnapshot();

    expect(signals()).toEqual([undefined]);
  });

  it("is the caller's own signal with timeoutMs: 0", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const client = createDistributionsClient({ baseUrl: server.url, timeoutMs: 0 });
    const signals = watchSignals();
    const caller = new AbortController();

    await client.distributionsSnapshot({ signal: caller.signal });

    expect(signals()).toHaveLength(1);
    expect(signals()[0]).toBe(caller.signal);
  });
});
