/**
 * The packed client in headless Chromium, the way a page or an extension uses it: bundled by esbuild into a
 * page served from one loopback origin, calling mock servers on others, so every call is cross-origin and
 * goes through the browser's CORS checks (preflights included).
 */
import { copyFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type MockServer, startMockServer } from "@pieces-distributions/mock-server";
import { build } from "esbuild";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findChromium, runtimeTitle } from "./support/runtimes.js";
import { startStalledMockServer } from "./support/servers.js";

const PAGE_SCRIPT = "browser-page.mjs";
/** Each scenario takes well under a second; this is room for a loaded machine. */
const SCENARIO_TIMEOUT_MS = 30_000;
const chromium = findChromium();

/** Serves the page, its bundled script, and (same origin) a snapshot of the wrong shape. */
async function startPageServer(script: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const send = (status: number, type: string, body: string) =>
      response
        .writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) })
        .end(body);
    if (request.url === "/")
      send(
        200,
        "text/html; charset=utf-8",
        '<!doctype html><meta charset="utf-8"><script src="/page.js"></script>',
      );
    else if (request.url === "/page.js") send(200, "text/javascript; charset=utf-8", script);
    else if (request.url === "/wrong-shape/distributions")
      send(200, "application/json", JSON.stringify({ iterable: "not a list" }));
    else send(404, "text/plain", "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Bundles the page's script from the project that installed the packed client (an IIFE, minified). */
async function bundlePage(consumerDir: string): Promise<string> {
  copyFileSync(path.join(import.meta.dirname, "fixtures", PAGE_SCRIPT), path.join(consumerDir, PAGE_SCRIPT));
  const result = await build({
    entryPoints: [path.join(consumerDir, PAGE_SCRIPT)],
    absWorkingDir: consumerDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe.skipIf("missing" in chromium)(runtimeTitle("Chromium", chromium), () => {
  let browser: Browser;
  let page: Page;
  let pageServer: { server: Server; url: string };
  let mock: MockServer;
  let stalled: MockServer;
  let blocked: MockServer;
  const blockedLog: string[] = [];

  /** Runs a scenario of browser-page.mjs in the page. */
  const scenario = (name: string, ...args: string[]) =>
    page.evaluate(
      (name, args) =>
        (globalThis as unknown as { scenarios: Record<string, (...args: string[]) => unknown> }).scenarios[
          name
        ]?.(...args),
      name,
      args,
    ) as Promise<Record<string, unknown>>;

  beforeAll(async () => {
    pageServer = await startPageServer(await bundlePage(inject("consumerDir")));
    // The page's origin only: what a user would configure for their page or extension.
    mock = await startMockServer({ cors: pageServer.url });
    stalled = await startStalledMockServer();
    blocked = await startMockServer({ cors: false, log: (line) => blockedLog.push(line) });
    browser = await puppeteer.launch({
      executablePath: (chromium as { path: string }).path,
      headless: true,
      // As root (CI) Chromium's sandbox cannot start; /dev/shm may be small in containers.
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
    page = await browser.newPage();
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error as Error));
    await page.goto(`${pageServer.url}/`);
    await page.waitForFunction(() => "scenarios" in globalThis, { timeout: SCENARIO_TIMEOUT_MS });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([mock?.close(), stalled?.close(), blocked?.close()]);
    await new Promise((resolve) => pageServer?.server.close(resolve));
  });

  it(
    "runs in a page with no `process`, on another origin than the mock server",
    async () => {
      expect(await page.evaluate(() => typeof process)).toBe("undefined");
      expect(new URL(pageServer.url).origin).not.toBe(new URL(mock.url).origin);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "creates, lists and deletes a distribution across origins (preflights answered)",
    async () => {
      const result = await scenario("roundTrip", mock.url);
      expect(result.recipients).toEqual(["ada@example.com"]);
      expect(result.listedIds).toEqual([result.createdId]);
      expect(result.idsAfterDelete).toEqual([]);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "reads a refusal across origins: ApiError 500 with Pieces OS's plain-text reason",
    async () => {
      expect(await scenario("apiError", mock.url)).toMatchObject({
        name: "ApiError",
        status: 500,
        bodyText: "distribution not found: no-such-id",
      });
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "validates answers with validateResponses: real ones pass, a wrong shape is a ResponseValidationError",
    async () => {
      const valid = await scenario("validated", mock.url);
      expect(valid.listedIds).toContain(valid.createdId);
      expect(await scenario("wrongShape", `${pageServer.url}/wrong-shape`)).toMatchObject({
        name: "ResponseValidationError",
        schema: "Distributions",
        problemPaths: ["/iterable"],
      });
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "times out a call the server never answers with ApiTimeoutError",
    async () => {
      const result = await scenario("timeout", stalled.url);
      expect(result.name).toBe("ApiTimeoutError");
      expect(result.message).toContain("timed out after 300 ms");
      expect(result.elapsedMs).toBeGreaterThanOrEqual(290);
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "says that CORS may have blocked a call when the server sends no CORS headers, though it is running",
    async () => {
      const { create, snapshot } = (await scenario("blocked", blocked.url)) as Record<
        string,
        Record<string, string>
      >;
      for (const [failure, request] of [
        [create, `POST ${blocked.url}/distributions/create`],
        [snapshot, `GET ${blocked.url}/distributions`],
      ] as const) {
        expect(failure?.name).toBe("ApiConnectionError");
        expect(failure?.message).toBe(
          `${request} failed (TypeError: Failed to fetch): is Pieces OS (or the mock server) running? Or the browser blocked it (CORS, mixed content).`,
        );
      }
      // It was running: the create's preflight got the 404 of no operation, the snapshot a 200 the page may not read.
      expect(blockedLog).toHaveLength(2);
      expect(blockedLog[0]).toMatch(/^OPTIONS \/distributions\/create -> 404 no operation at OPTIONS /);
      expect(blockedLog[1]).toBe("GET /distributions -> 200");
    },
    SCENARIO_TIMEOUT_MS,
  );
});
