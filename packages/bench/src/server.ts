/** Starts the bench server (`server-process.ts`) in a child process, so that it never competes with the contenders for the event loop. */
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

/** A running bench server; append `/n1`, `/n100` or `/n10000` to `origin` to pick the snapshot size. */
export interface BenchServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Forks the server process on a free loopback port; resolves once it listens (its one message is its port). */
export async function startBenchServer(): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL("./server-process.ts", import.meta.url)), {
    execArgv: ["--import", "tsx"],
  });
  const exited = once(child, "exit");
  const ready = await Promise.race([once(child, "message"), exited.then(() => undefined)]);
  if (ready === undefined) throw new Error("the bench server exited before it listened");
  const close = async () => {
    child.kill();
    await exited;
  };
  return { origin: `http://127.0.0.1:${ready[0]}`, close };
}
