import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";

/** The built `pieces-distributions-mock` bin: the crash tests kill the very program users run. */
const CLI = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

/** A mock server running as a child process of the test. */
export interface MockProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
}

/**
 * Starts `pieces-distributions-mock --port 0 --quiet` (plus `args`) and resolves with its URL once it
 * listens; rejects with its stderr when it exits first. The process is killed when the test ends.
 */
export function startMockProcess(args: readonly string[]): Promise<MockProcess> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: build the mock server first (turbo's test task does)`);
  const child = spawn(process.execPath, [CLI, "--port", "0", "--quiet", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /listening on (http:\/\/\S+) /.exec(stdout)?.[1];
      if (url !== undefined) resolve({ url, child, exited, stderr: () => stderr });
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`the mock server exited before listening (${signal ?? code}): ${stderr}`)),
    );
    const slow = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the mock server did not listen within 60 s (stdout: ${stdout}, stderr: ${stderr})`));
    }, 60_000); // a hang guard: a start takes 0.3 s alone, several seconds on a heavily loaded machine
    void exited.then(() => clearTimeout(slow));
    child.stdout.once("data", () => clearTimeout(slow));
  });
}
