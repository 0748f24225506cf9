import { operationTable } from "@pieces-distributions/models";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";
import { api } from "./support/api.js";
import { serverForTest } from "./support/server.js";

const PAGE = "http://127.0.0.1:8080";

/** A path of `template` with each `{parameter}` filled in. */
const pathOf = (template: string) => template.replace(/\{[^}]+\}/g, "some-id");

/** The preflight a browser sends before `method` with a JSON body from `origin`. */
function preflight(url: string, method: string, origin = PAGE, extra: Record<string, string> = {}) {
  return fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "content-type,x-trace-id",
      ...extra,
    },
  });
}

describe("CORS with the default setting (any origin)", () => {
  it("answers the preflight of every operation with its method, the requested headers and no body", async () => {
    const server = await serverForTest();
    for (const operation of Object.values(operationTable)) {
      const method = operation.method.toUpperCase();
      const response = await preflight(`${server.url}${pathOf(operation.path)}`, method);
      expect(response.status, `${method} ${operation.path}`).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")?.split(", ")).toContain(method);
      expect(response.headers.get("access-control-allow-headers")).toBe("content-type,x-trace-id");
      expect(response.headers.get("access-control-max-age")).toBe("600");
      expect(response.headers.get("allow")?.split(", ")).toEqual(expect.arrayContaining([method, "OPTIONS"]));
      expect(await response.text()).toBe("");
    }
  });

  it("never runs an operation for a preflight: the store stays empty", async () => {
    const server = await serverForTest();
    await preflight(`${server.url}/distributions/create`, "POST");
    expect((await api(server.url).snapshot()).iterable).toEqual([]);
  });

  it("puts Access-Control-Allow-Origin and the exposed headers on successes, refusals and 404s alike", async () => {
    const server = await serverForTest();
    const answers = [
      await fetch(`${server.url}/distributions`, { headers: { origin: PAGE } }),
      await api(server.url).create({ github: 42 }), // 500: not a SeededDistribution
      await api(server.url).delete("no-such-id"), // 500: not found
      await fetch(`${server.url}/nope`, { headers: { origin: PAGE } }), // 404: no operation
    ];
    expect(answers.map((response) => response.status)).toEqual([200, 500, 500, 404]);
    for (const response of answers) {
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toBe("Content-Length, Retry-After");
      expect(response.headers.get("vary")).toBeNull();
    }
  });

  it("answers an OPTIONS to a path of no operation with the usual 404", async () => {
    const server = await serverForTest();
    const response = await preflight(`${server.url}/nope`, "GET");
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.text()).toContain("no operation at OPTIONS /nope");
  });

  it("allows a public page to reach it on loopback when Chromium asks (Private Network Access)", async () => {
    const server = await serverForTest();
    const asked = await preflight(`${server.url}/distributions`, "GET", "https://example.com", {
      "access-control-request-private-network": "true",
    });
    expect(asked.headers.get("access-control-allow-private-network")).toBe("true");
    const notAsked = await preflight(`${server.url}/distributions`, "GET");
    expect(notAsked.headers.get("access-control-allow-private-network")).toBeNull();
  });

  it("logs a preflight like any request", async () => {
    const lines: string[] = [];
    const server = await serverForTest({ log: (line) => lines.push(line) });
    await preflight(`${server.url}/distributions/create`, "POST");
    expect(lines).toEqual(["OPTIONS /distributions/create -> 204"]);
  });
});

describe("CORS restricted to some origins", () => {
  it("names an allowed origin in the answer, and varies on Origin", async () => {
    const server = await serverForTest({ cors: [PAGE, "chrome-extension://abcdefghijklmnop"] });
    for (const origin of [PAGE, "chrome-extension://abcdefghijklmnop"]) {
      const response = await fetch(`${server.url}/distributions`, { headers: { origin } });
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("vary")).toBe("Origin");
      const answered = await preflight(`${server.url}/distributions/create`, "POST", origin);
      expect(answered.status).toBe(204);
      expect(answered.headers.get("access-control-allow-origin")).toBe(origin);
      expect(answered.headers.get("vary")).toBe("Origin, Access-Control-Request-Headers");
    }
  });

  it("gives another origin no CORS header, and refuses its preflight with a 403 saying why", async () => {
    const server = await serverForTest({ cors: PAGE });
    const response = await fetch(`${server.url}/distributions`, {
      headers: { origin: "http://localhost:8080" },
    });
    expect(response.status).toBe(200); // a server cannot refuse a simple request: the browser hides it
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const refused = await preflight(`${server.url}/distributions/create`, "POST", "http://localhost:8080");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(await refused.text()).toBe(
      `CORS: origin http://localhost:8080 may not call this mock server; it allows ${PAGE} (the cors option, --cors-origin)`,
    );
  });
});

describe("CORS turned off", () => {
  it("sends no CORS header and answers OPTIONS with the 404 of no operation, as before CORS existed", async () => {
    const server = await serverForTest({ cors: false });
    const response = await fetch(`${server.url}/distributions`, { headers: { origin: PAGE } });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    const refused = await preflight(`${server.url}/distributions/create`, "POST");
    expect(refused.status).toBe(404);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(await refused.text()).toContain("no operation at OPTIONS /distributions/create");
  });
});

describe("the cors option", () => {
  it.each([
    ["http://127.0.0.1:8080/page", '"http://127.0.0.1:8080/page" is not an origin'],
    ["127.0.0.1:8080", '"127.0.0.1:8080" is not an origin'],
    [[], "give at least one origin, or false for no CORS"],
  ])("refuses %j, naming it", async (cors, message) => {
    await expect(startMockServer({ cors })).rejects.toThrow(TypeError);
    await expect(startMockServer({ cors })).rejects.toThrow(message);
  });
});
