/**
 * The packed client under Deno and Bun: test/fixtures/runtime-check.mjs runs in the project that installed
 * the tarballs, against mock servers this process starts, and prints what each scenario gave.
 */
import { execFile } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { MockServer } from "@pieces-distributions/mock-server";
import { startMockServer } from "@pieces-distributions/mock-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Found, findBinary, runtimeTitle } from "./support/runtimes.js";
import { refusedUrl, startStalledMockServer } from "./support/servers.js";

const SCRIPT = "runtime-check.mjs";
/** How long one run of the script may take (it takes about a second). */
const RUN_TIMEOUT_MS = 120_000;

/** What runtime-check.mjs prints. */
interface Check {
  readonly hasProcess: boolean;
  readonly roundTrip: {
    readonly createdGist: string;
    readonly createdId: string;
    readonly listedIds: string[];
    readonly idsAfterDelete: string[];
  };
  readonly apiError: Failure;
  readonly timeout: Failure & { readonly elapsedMs: number };
  readonly abort: Failure;
  readonly refused: Failure;
}

interface Failure {
  readonly name: string;
  readonly message: string;
  readonly kinds: string[];
  readonly status?: number;
  readonly bodyText?: string;
  readonly cause: string;
}

const runtimes: { name: string; found: Found; args: string[] }[] = [
  // Only what the client needs: the network, and reading the installed packages.
  {
    name: "Deno",
    found: findBinary("deno"),
    args: ["run", "--no-lock", "--allow-net", "--allow-read", SCRIPT],
  },
  // --no-install: every import must come from the installed tarballs, never fetched on the fly.
  { name: "Bun", found: findBinary("bun"), args: ["run", "--no-install", SCRIPT] },
];

for (const { name, found, args } of runtimes) {
  describe.skipIf("missing" in found)(runtimeTitle(name, found), () => {
    let mock: MockServer;
    let stalled: MockServer;
    let check: Check;

    beforeAll(async () => {
      mock = await startMockServer();
      stalled = await startStalledMockServer();
      const consumerDir = inject("consumerDir");
      copyFileSync(path.join(import.meta.dirname, "fixtures", SCRIPT), path.join(consumerDir, SCRIPT));
      // Asynchronously: the mock servers it calls run in this process.
      const run = await promisify(execFile)(
        (found as { path: string }).path,
        [...args, mock.url, stalled.url, await refusedUrl()],
        {
          cwd: consumerDir,
          encoding: "utf8",
          timeout: RUN_TIMEOUT_MS,
          env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
        },
      ).catch((error: { code?: number; signal?: string; stdout?: string; stderr?: string }) => {
        throw new Error(`${name} exited ${error.code ?? error.signal}:\n${error.stdout}${error.stderr}`);
      });
      check = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as Check;
    }, RUN_TIMEOUT_MS + 30_000);

    afterAll(async () => {
      await mock?.close();
      await stalled?.close();
    });

    it("creates, lists and deletes a distribution on the mock server, every answer validated", () => {
      const { roundTrip } = check;
      expect(roundTrip.createdGist).toBe("debounce.ts");
      expect(roundTrip.listedIds).toEqual([roundTrip.createdId]);
      expect(roundTrip.idsAfterDelete).toEqual([]);
    });

    it("rejects a refused delete with ApiError 500 and Pieces OS's plain-text reason", () => {
      expect(check.apiError).toMatchObject({
        name: "ApiError",
        kinds: ["ApiError"],
        status: 500,
        bodyText: "distribution not found: no-such-id",
      });
    });

    it("times out a call the server never answers with ApiTimeoutError (an ApiConnectionError)", () => {
      expect(check.timeout).toMatchObject({
        name: "ApiTimeoutError",
        kinds: ["ApiConnectionError", "ApiTimeoutError"],
      });
      expect(check.timeout.message).toContain("timed out after 300 ms");
      expect(check.timeout.elapsedMs).toBeGreaterThanOrEqual(290);
    });

    it("ends an aborted call with ApiAbortError carrying the signal's reason", () => {
      expect(check.abort).toMatchObject({ name: "ApiAbortError", kinds: ["ApiAbortError"] });
      expect(check.abort.cause).toBe("Error: the user left");
    });

    it("names the URL of a refused connection and keeps the server-side hint (a `process` exists here)", () => {
      expect(check.hasProcess).toBe(true);
      expect(check.refused).toMatchObject({ name: "ApiConnectionError", kinds: ["ApiConnectionError"] });
      expect(check.refused.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/distributions failed \(/);
      expect(check.refused.message).toMatch(/: is Pieces OS \(or the mock server\) running\?$/);
    });
  });
}
