/**
 * Type-check cost for a user: the wall time of a whole `tsc --noEmit` process over a small consumer file
 * (consumers/<key>.ts) using our client, the official SDK or no SDK, the three alternating in one session.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { BENCH_DIR } from "./paths.js";
import { median, rotate } from "./stats.js";

/** One consumer file's medians (wall time, tsc's own "Total time", in ms) and the files tsc loaded. */
export interface TypecheckTiming {
  readonly key: string;
  readonly label: string;
  readonly wallMs: number;
  readonly tscTotalMs: number;
  readonly files: number;
}

const CONSUMERS = [
  { key: "baseline", label: "no SDK (plain fetch, hand-written types)" },
  { key: "ours", label: "@pieces-distributions/client" },
  { key: "official", label: "official @pieces.app/pieces-os-client 4.1.0" },
];
const tsc = createRequire(path.join(BENCH_DIR, "package.json")).resolve("typescript/lib/tsc.js");

/** Type-checks each consumer file `rounds` times, alternating, and returns the medians. */
export function measureTypecheck(rounds: number): TypecheckTiming[] {
  const runs: { key: string; wallMs: number; tscTotalMs: number; files: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { key } of rotate(CONSUMERS, round)) {
      const project = path.join(BENCH_DIR, "consumers", `tsconfig.${key}.json`);
      const args = [tsc, "-p", project, "--extendedDiagnostics"];
      const start = performance.now();
      const { status, stdout, stderr } = spawnSync(process.execPath, args, { encoding: "utf8" });
      const wallMs = performance.now() - start;
      if (status !== 0) throw new Error(`tsc failed on consumers/${key}.ts:\n${stdout}${stderr}`);
      const tscTotalMs = Number(/^Total time:\s+([\d.]+)s/m.exec(stdout)?.[1]) * 1000;
      runs.push({ key, wallMs, tscTotalMs, files: Number(/^Files:\s+(\d+)/m.exec(stdout)?.[1]) });
    }
  }
  return CONSUMERS.map(({ key, label }) => {
    const mine = runs.filter((run) => run.key === key);
    const wallMs = median(mine.map((run) => run.wallMs));
    const tscTotalMs = median(mine.map((run) => run.tscTotalMs));
    return { key, label, wallMs, tscTotalMs, files: mine[0]?.files ?? 0 };
  });
}
