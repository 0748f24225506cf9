/**
 * Starts the benchmark server (`server-process.ts`) in a child process and hands back its address.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A running benchmark server. */
export interface BenchServer {
  /** `http://127.0.0.1:<port>`; append `/n1`, `/n100` or `/n10000` to pick the snapshot size. */
  readonly origin: string;
  /** Stops the server process and waits for it to exit. */
  close(): Promise<void>;
}

const entry = fileURLToPath(new URL("./server-process.ts", import.meta.url));

/** Forks the server process on a free loopback port; resolves once it listens. */
export function startBenchServer(): Promise<BenchServer> {
  const child = fork(entry, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`bench server exited early (code ${code})`));
    child.once("exit", onExit);
    child.once("error", reject);
    child.on("message", (message: unknown) => {
      const ready = message as { type?: string; port?: number } | null;
      if (ready?.type !== "ready" || typeof ready.port !== "number") return;
      child.off("exit", onExit);
      resolve({
        origin: `http://127.0.0.1:${ready.port}`,
        close: async () => {
          if (child.exitCode === null && child.connected) child.send({ type: "close" });
          await exited;
        },
      });
    });
  });
}
