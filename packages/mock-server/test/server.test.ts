import { describe, expect, it } from "vitest";
import { createMemoryStore, startMockServer } from "../src/index.js";
import { api } from "./support/api.js";
import { serverForTest } from "./support/server.js";

describe("startMockServer", () => {
  it("listens on a free loopback port by default and gives its URL", async () => {
    const server = await serverForTest();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/distributions`)).status).toBe(200);
  });

  it("writes an IPv6 host in brackets in its URL", async () => {
    const server = await startMockServer({ host: "::1" }).catch(() => undefined);
    if (server === undefined) return; // no IPv6 loopback on this machine
    try {
      expect(server.url).toBe(`http://[::1]:${server.port}`);
      expect((await fetch(`${server.url}/distributions`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("stops listening on close(), which may be called twice", async () => {
    const server = await startMockServer();
    await server.close();
    await server.close();
    await expect(fetch(`${server.url}/distributions`)).rejects.toThrow();
  });

  it("closes while a client holds a keep-alive connection", async () => {
    const server = await startMockServer();
    await api(server.url).created({});
    await server.close();
    await expect(fetch(`${server.url}/distributions`)).rejects.toThrow();
  });

  it("uses a store it is given, so a test can look inside", async () => {
    const store = createMemoryStore();
    const server = await serverForTest({ store });
    const created = await api(server.url).created({});
    expect((await store.list()).map((distribution) => distribution.id)).toEqual([created.id]);
  });

  it("refuses both a store and a data file", async () => {
    await expect(startMockServer({ store: createMemoryStore(), dataFile: "x.json" })).rejects.toThrow(
      "startMockServer: pass either `store` or `dataFile`, not both",
    );
  });

  it("rejects with Node's EADDRINUSE error when the port is taken", async () => {
    const first = await serverForTest();
    await expect(startMockServer({ port: first.port })).rejects.toMatchObject({ code: "EADDRINUSE" });
  });

  it("logs one line per request, with the first line of a refusal's message", async () => {
    const lines: string[] = [];
    const server = await serverForTest({ log: (line) => lines.push(line) });
    const client = api(server.url);
    await client.created({});
    await (await client.delete("nope")).text();
    await (await client.create({ github: { gist: {} } })).text();
    expect(lines).toEqual([
      "POST /distributions/create -> 200",
      "POST /distributions/nope/delete -> 500 distribution not found: nope",
      "POST /distributions/create -> 500 request body is not a SeededDistribution:",
    ]);
  });

  it("answers 500 with the store's failure, as text/plain", async () => {
    const store = {
      ...createMemoryStore(),
      async list(): Promise<never> {
        throw new Error("the disk is on fire");
      },
    };
    const server = await serverForTest({ store });
    const response = await fetch(`${server.url}/distributions`);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("the mock server failed: the disk is on fire");
  });
});
