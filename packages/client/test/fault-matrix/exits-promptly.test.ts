import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { expectedOutcome, FAULTS, type MatrixFault, OPERATIONS, timeoutFor } from "./expectations.js";
import { refusingUrl, startFaultyServer } from "./faulty-server.js";

const CHILD = fileURLToPath(new URL("./exits-promptly.child.mjs", import.meta.url));
const BUILT_CLIENT = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
/**
 * Far longer than the child needs (about 2 s at most alone, past 15 s at a load average of 15-25 on 2
 * cores): reaching it means something keeps the process alive.
 */
const HANG_LIMIT_MS = 60_000;

/** Runs the child against `baseUrl`; resolves with its report, exit code, and whether it had to be killed. */
function runChild(baseUrl: string, timeoutMs: number) {
  const child = spawn(process.execPath, [CHILD, baseUrl, String(timeoutMs)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  let killed = false;
  const guard = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, HANG_LIMIT_MS);
  return new Promise<{ stdout: string; stderr: string; code: number | null; killed: boolean }>((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(guard);
      resolve({ stdout, stderr, code, killed });
    }),
  );
}

/**
 * Open handles show up as a process that does not end: each fault is run in a fresh Node process that must
 * exit by itself, with code 0, no unhandled rejection, and the documented outcome of each operation.
 */
describe("no open handles: a process that met a fault exits by itself", () => {
  it("the built client exists (turbo builds it before testing)", () => {
    expect(existsSync(BUILT_CLIENT), `${BUILT_CLIENT}: run the client's build first`).toBe(true);
  });

  // Four children at a time keep a 2-core machine busy without starving the timers the faults rely on.
  const batches: MatrixFault[][] = [];
  for (let index = 0; index < FAULTS.length; index += 4) batches.push(FAULTS.slice(index, index + 4));

  for (const batch of batches) {
    it(
      `exits promptly after: ${batch.join("; ")}`,
      async () => {
        const results = await Promise.all(
          batch.map(async (fault) => {
            let baseUrl: string;
            if (fault === "connection refused") baseUrl = await refusingUrl();
            else {
              const server = await startFaultyServer();
              onTestFinished(() => server.close());
              server.answerWith(fault);
              baseUrl = server.url;
            }
            return { fault, ...(await runChild(baseUrl, timeoutFor(fault))) };
          }),
        );
        for (const { fault, stdout, stderr, code, killed } of results) {
          expect(killed, `the process that met "${fault}" was still alive after ${HANG_LIMIT_MS} ms`).toBe(
            false,
          );
          expect(code, `"${fault}": exit code (stderr: ${stderr})`).toBe(0);
          const report = JSON.parse(stdout) as { outcomes: Record<string, string>; unhandled: string[] };
          expect(report.unhandled, `"${fault}": unhandled rejections`).toEqual([]);
          for (const operation of OPERATIONS) {
            const expected = expectedOutcome(fault, operation);
            expect(report.outcomes[operation], `"${fault}" ${operation}`).toBe(
              "resolves" in expected ? "resolves" : expected.rejects,
            );
          }
        }
      },
      2 * HANG_LIMIT_MS,
    );
  }
});
