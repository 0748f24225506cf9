import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const script = fileURLToPath(new URL("fixtures/fail-and-exit.ts", import.meta.url));

describe("no open handles", () => {
  it("a process whose calls timed out or were aborted exits by itself", async () => {
    server = await startTestServer(["hang"]);

    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(tsx, [script], { env: { ...process.env, PIECES_TEST_URL: server?.url } });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      // Not a timing assertion: a liveness guard, far above the ~1 s the script needs.
      const guard = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`the child did not exit on its own; it printed: ${stdout}`));
      }, 20_000);
      child.on("exit", (exitCode) => {
        clearTimeout(guard);
        resolve({ code: exitCode, stdout });
      });
    });

    expect(stdout.trim()).toBe("timeout,abort,abort during backoff");
    expect(code).toBe(0);
  }, 30_000);
});
