import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Distribution } from "@pieces-distributions/client";
import {
  createMemoryStore,
  type DistributionStore,
  startMockServer,
} from "@pieces-distributions/mock-server";
import { onTestFinished } from "vitest";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));

/** An example's exit and output. */
export interface ExampleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `src/<script>` with tsx in a child process, the way a user would, with this environment. */
export function runExample(
  script: string,
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[] = [],
): Promise<ExampleRun> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
    const child = spawn(process.execPath, ["--import", "tsx", `src/${script}`, ...args], {
      cwd: packageDirectory,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A mock server for this test whose store records every id added and removed, in order. */
export async function recordingServer(): Promise<{
  url: string;
  added: string[];
  removed: string[];
  store: DistributionStore;
}> {
  const inner = createMemoryStore();
  const added: string[] = [];
  const removed: string[] = [];
  const store: DistributionStore = {
    list: () => inner.list(),
    async add(distribution: Distribution) {
      await inner.add(distribution);
      added.push(distribution.id);
    },
    async remove(id: string) {
      const found = await inner.remove(id);
      if (found) removed.push(id);
      return found;
    },
    close: () => inner.close(),
  };
  const server = await startMockServer({ port: 0, store });
  onTestFinished(() => server.close());
  return { url: server.url, added, removed, store };
}
