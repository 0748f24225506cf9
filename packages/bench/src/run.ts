/**
 * One benchmark session: what each mode measures (`fullConfig`, `smokeConfig`), and `runBench`, which
 * measures it all in this process (the server in its own) and returns every figure for `report.ts`.
 */
import os from "node:os";
import { contenders } from "./contenders.js";
import { type Decoder, makeDecoders, measureDecoding } from "./decoding.js";
import { type InstalledSize, measureInstalledSizes } from "./installed.js";
import { measureLatency, type Workload } from "./latency.js";
import { startBenchServer } from "./server.js";
import type { PairedRun } from "./stats.js";
import { measureTypecheck, type TypecheckTiming } from "./typecheck.js";

/** What a mode measures: `runs` runs of the latency and decoding benchmarks, and rounds of `tsc`. */
export interface BenchConfig {
  readonly mode: "full" | "smoke";
  readonly runs: number;
  readonly workloads: readonly Workload[];
  readonly decodingSize: number;
  readonly decodingRounds: number;
  readonly typecheckRounds: number;
}

const SMALL: Workload["plan"] = {
  warmupCalls: 200,
  concurrentWarmup: true,
  rounds: 20,
  sequentialCalls: 100,
  concurrentBatches: 2,
  inFlight: 32,
  callsPerWorker: 4,
};
const N100 = { ...SMALL, warmupCalls: 50, sequentialCalls: 50, concurrentBatches: 1, callsPerWorker: 2 };
const N10000 = {
  ...N100,
  warmupCalls: 2,
  concurrentWarmup: false,
  rounds: 3,
  sequentialCalls: 4,
  callsPerWorker: 1,
};

/** The full benchmark, for RESULTS.md: about 10 minutes on 2 idle cores. */
export const fullConfig: BenchConfig = {
  mode: "full",
  runs: 3,
  workloads: [
    { label: "GET snapshot N=1", operation: "snapshot", size: 1, plan: SMALL },
    { label: "GET snapshot N=100", operation: "snapshot", size: 100, plan: N100 },
    { label: "GET snapshot N=10 000", operation: "snapshot", size: 10_000, plan: N10000 },
    { label: "POST create", operation: "create", size: 1, plan: SMALL },
    { label: "POST delete (204)", operation: "delete", size: 1, plan: SMALL },
  ],
  decodingSize: 10_000,
  decodingRounds: 15,
  typecheckRounds: 5,
};

const TINY: Workload["plan"] = {
  warmupCalls: 0,
  concurrentWarmup: false,
  rounds: 1,
  sequentialCalls: 2,
  concurrentBatches: 1,
  inFlight: 4,
  callsPerWorker: 1,
};

/** The smoke run (`bench:smoke` and the smoke test): every section and table, tiny counts, one run. */
export const smokeConfig: BenchConfig = {
  ...fullConfig,
  mode: "smoke",
  runs: 1,
  workloads: fullConfig.workloads.map((workload) => ({ ...workload, plan: TINY })),
  decodingRounds: 1,
  typecheckRounds: 1,
};

/** The latency figures of one workload, one call at a time or in batches: a paired run (µs) per run. */
export interface LatencyRow {
  readonly workload: Workload;
  readonly mode: "sequential" | "concurrent";
  readonly runs: PairedRun[];
}

/** Every figure of one session, with what decided it (`config`) and where it ran. */
export interface BenchResults {
  readonly config: BenchConfig;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly machine: string;
  readonly installed: readonly InstalledSize[];
  readonly typecheck: readonly TypecheckTiming[];
  readonly latency: readonly LatencyRow[];
  readonly decoders: readonly Decoder[];
  readonly decoding: readonly PairedRun[];
}

/** Runs the benchmark `config` describes; `log` receives a line per step. */
export async function runBench(config: BenchConfig, log = (_line: string) => {}): Promise<BenchResults> {
  const start = performance.now();
  const startedAt = new Date();
  // The quick sections first: one that fails (a package someone is rebuilding, say) fails in seconds.
  log("installed sizes, type-check timings");
  const installed = measureInstalledSizes();
  const typecheck = measureTypecheck(config.typecheckRounds);
  const modes = ["sequential", "concurrent"] as const;
  const latency: LatencyRow[] = config.workloads.flatMap((workload) =>
    modes.map((mode) => ({ workload, mode, runs: [] })),
  );
  const decoding: PairedRun[] = [];
  const decoders = makeDecoders(config.decodingSize);
  const server = await startBenchServer();
  try {
    for (let run = 1; run <= config.runs; run++) {
      for (const row of latency) {
        const baseUrl = `${server.origin}/n${row.workload.size}`;
        const calls = contenders.map(({ key, make }) => ({ key, calls: make(baseUrl) }));
        row.runs.push(await measureLatency(row.workload, row.mode, calls));
        log(`run ${run}/${config.runs}: ${row.workload.label}, ${row.mode}`);
      }
      decoding.push(await measureDecoding(decoders, config.decodingRounds));
      log(`run ${run}/${config.runs}: decoding`);
    }
  } finally {
    await server.close();
  }
  const cpu = `${os.cpus()[0]?.model.trim()}, ${os.availableParallelism()} cores`;
  const system = `${Math.round((os.totalmem() / 2 ** 30) * 10) / 10} GiB, ${os.type()} ${os.release()} (${os.arch()})`;
  const pnpm = /pnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? "")?.[1] ?? "unknown";
  const machine = `${cpu}, ${system}; Node ${process.version}, pnpm ${pnpm}`;
  const durationMs = performance.now() - start;
  return { config, startedAt, durationMs, machine, installed, typecheck, latency, decoders, decoding };
}
