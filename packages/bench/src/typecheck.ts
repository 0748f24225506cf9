/**
 * Type-check cost for a user: `tsc --noEmit` of a small consumer file (consumers/*.ts) using our client,
 * the official SDK, or no SDK at all, run alternately in the same session; wall time of the whole process.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BENCH_DIR } from "./paths.js";
import { median, rotate } from "./stats.js";

/** The consumer files, by key. */
export const CONSUMERS = [
  { key: "baseline", label: "no SDK (plain fetch, hand-written types)" },
  { key: "ours", label: "@pieces-distributions/client" },
  { key: "official", label: "official @pieces.app/pieces-os-client 4.1.0" },
] as const;

/** One consumer's figures. */
export interface TypecheckTiming {
  readonly key: string;
  readonly label: string;
  /** Median wall time of `tsc --noEmit`, ms. */
  readonly wallMs: number;
  /** Median of tsc's own "Total time", ms. */
  readonly tscTotalMs: number;
  /** Files tsc loaded (libs included). */
  readonly files: number;
}

const tsc = createRequire(path.join(BENCH_DIR, "package.json")).resolve("typescript/lib/tsc.js");

function runTsc(key: string): { wallMs: number; totalMs: number; files: number } {
  const project = path.join(BENCH_DIR, "consumers", `tsconfig.${key}.json`);
  const start = performance.now();
  const result = spawnSync(process.execPath, [tsc, "-p", project, "--extendedDiagnostics"], {
    encoding: "utf8",
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`tsc failed on consumers/${key}.ts:\n${result.stdout}${result.stderr}`);
  const total = /^Total time:\s+([\d.]+)s/m.exec(result.stdout);
  const files = /^Files:\s+(\d+)/m.exec(result.stdout);
  return {
    wallMs,
    totalMs: Number(total?.[1] ?? Number.NaN) * 1000,
    files: Number(files?.[1] ?? Number.NaN),
  };
}

const clientTypes = path.join(BENCH_DIR, "../client/dist/index.d.ts");

/** Waits (up to a minute) for the client's declarations, which a rebuild in progress removes for a while. */
async function clientDeclarations(): Promise<void> {
  for (let waited = 0; !existsSync(clientTypes); waited += 1000) {
    if (waited >= 60_000) throw new Error(`${clientTypes} is missing: build the client first`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Runs each consumer's type-check `rounds` times, alternating, and returns the medians. */
export async function measureTypecheck(rounds: number): Promise<TypecheckTiming[]> {
  await clientDeclarations();
  const samples = new Map<string, { wall: number[]; total: number[]; files: number }>();
  for (const consumer of CONSUMERS) samples.set(consumer.key, { wall: [], total: [], files: 0 });
  for (let round = 0; round < rounds; round++) {
    for (const consumer of rotate(CONSUMERS, round)) {
      const run = runTsc(consumer.key);
      const entry = samples.get(consumer.key);
      if (entry === undefined) continue;
      entry.wall.push(run.wallMs);
      entry.total.push(run.totalMs);
      entry.files = run.files;
    }
  }
  return CONSUMERS.map((consumer) => {
    const entry = samples.get(consumer.key) ?? { wall: [0], total: [0], files: 0 };
    return {
      key: consumer.key,
      label: consumer.label,
      wallMs: median(entry.wall),
      tscTotalMs: median(entry.total),
      files: entry.files,
    };
  });
}
