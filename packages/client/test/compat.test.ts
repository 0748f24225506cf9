import { afterEach, describe, expect, it } from "vitest";
import { ApiError, Configuration, DistributionsApi } from "../src/index.js";
import { DISTRIBUTION, json, startTestServer, type TestServer, text } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("DistributionsApi and Configuration, shaped like the official SDK", () => {
  it("takes `new DistributionsApi(new Configuration({ basePath }))` and calls the same methods", async () => {
    server = await startTestServer([
      json(200, DISTRIBUTION),
      json(200, { iterable: [DISTRIBUTION] }),
      { status: 204 },
    ]);
    const api = new DistributionsApi(
      new Configuration({ basePath: server.url, headers: { "x-app": "legacy" } }),
    );

    await expect(api.distributionsCreateNewDistribution({ seededDistribution: {} })).resolves.toEqual(
      DISTRIBUTION,
    );
    await expect(api.distributionsSnapshot()).resolves.toEqual({ iterable: [DISTRIBUTION] });
    await expect(
      api.distributionsDeleteSpecificDistribution({ distribution: DISTRIBUTION.id }),
    ).resolves.toBeUndefined();
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /distributions/create",
      "GET /distributions",
      `POST /distributions/${DISTRIBUTION.id}/delete`,
    ]);
    expect(server.requests.every((request) => request.headers["x-app"] === "legacy")).toBe(true);
  });

  it("gives the Raw twins the official `raw` and `value()` beside `data` and `response`", async () => {
    server = await startTestServer([json(200, { iterable: [] })]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));

    const result = await api.distributionsSnapshotRaw();

    expect(result.raw.status).toBe(200);
    expect(result.raw).toBe(result.response);
    await expect(result.value()).resolves.toEqual({ iterable: [] });
    expect(result.data).toEqual({ iterable: [] });
  });

  it("uses fetchApi and defaults basePath to http://localhost:1000", async () => {
    const seen: string[] = [];
    const configuration = new Configuration({
      fetchApi: async (request) => {
        seen.push(request.url);
        return new Response(null, { status: 204 });
      },
    });

    await new DistributionsApi(configuration).distributionsDeleteSpecificDistribution({ distribution: "x" });

    expect(configuration.basePath).toBe("http://localhost:1000");
    expect(seen).toEqual(["http://localhost:1000/distributions/x/delete"]);
  });

  it("throws this client's errors (ApiError where the official SDK threw ResponseError)", async () => {
    server = await startTestServer([text(500, "boom")]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));

    await expect(api.distributionsCreateNewDistribution()).rejects.toBeInstanceOf(ApiError);
  });
});
