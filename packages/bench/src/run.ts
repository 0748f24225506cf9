/**
 * Runs the whole benchmark in one process and returns every figure; `report.ts` turns them into
 * RESULTS.md. The latency and decoding benchmarks run `config.runs` times so that noise is visible.
 */
import type { BenchConfig } from "./config.js";
import { type ContenderKey, contenders } from "./contenders/index.js";
import { type DecodingRun, decodingEntries, measureDecoding, verifyDecoding } from "./decoding.js";
import { type InstalledSize, measureInstalledSizes } from "./installed.js";
import { type LatencyMeasurement, type LatencyMode, measureLatency, type Workload } from "./latency.js";
import { describeMachine, type MachineInfo } from "./machine.js";
import { startBenchServer } from "./server.js";
import { measureTypecheck, type TypecheckTiming } from "./typecheck.js";
import { verifyContenders } from "./verify.js";

/** The latency figures of one workload in one mode: one measurement per run. */
export interface LatencyResult {
  readonly workload: Workload;
  readonly mode: LatencyMode;
  readonly runs: LatencyMeasurement[];
}

/** Every figure of one benchmark session. */
export interface BenchResults {
  readonly mode: BenchConfig["mode"];
  readonly machine: MachineInfo;
  readonly startedAt: Date;
  durationMs: number;
  readonly contenders: readonly { readonly key: ContenderKey; readonly label: string }[];
  readonly latency: LatencyResult[];
  readonly decoding: {
    readonly size: number;
    readonly rounds: number;
    readonly entries: readonly { readonly key: string; readonly label: string }[];
    readonly runs: DecodingRun[];
  };
  installed: InstalledSize[];
  typecheck: TypecheckTiming[];
  /** Sections that failed, with why; the others are still reported. */
  readonly failures: { readonly section: string; readonly message: string }[];
}

/** Runs the benchmark described by `config`; `log` receives one line per step. */
export async function runBench(
  config: BenchConfig,
  log: (line: string) => void = () => {},
): Promise<BenchResults> {
  const started = performance.now();
  const entries = decodingEntries(config.decodingSize);
  const results: BenchResults = {
    mode: config.mode,
    machine: describeMachine(),
    startedAt: new Date(),
    durationMs: 0,
    contenders: contenders.map(({ key, label }) => ({ key, label })),
    latency: config.workloads.flatMap((workload) =>
      (["sequential", "concurrent"] as const).map((mode) => ({ workload, mode, runs: [] })),
    ),
    decoding: {
      size: config.decodingSize,
      rounds: config.decodingRounds,
      entries: entries.map(({ key, label }) => ({ key, label })),
      runs: [],
    },
    installed: [],
    typecheck: [],
    failures: [],
  };
  // A section that fails (say, a package being rebuilt by someone else at that moment) is recorded and
  // reported; it does not throw away the minutes of figures the other sections took.
  const attempt = async (section: string, work: () => Promise<void> | void): Promise<void> => {
    log(section);
    try {
      await work();
    } catch (error) {
      results.failures.push({ section, message: error instanceof Error ? error.message : String(error) });
      log(`${section} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  };

  await attempt("installed sizes", () => {
    results.installed = measureInstalledSizes();
  });

  const server = await startBenchServer();
  try {
    await verifyContenders(contenders, server.origin);
    await verifyDecoding(entries, config.decodingSize);
    for (let run = 1; run <= config.runs; run++) {
      for (const row of results.latency) {
        const t = performance.now();
        const measurement = await measureLatency(row.workload, row.mode, contenders, (contender) =>
          contender.make({ baseUrl: `${server.origin}/n${row.workload.size}` }),
        );
        row.runs.push(measurement);
        log(
          `run ${run}/${config.runs} ${row.workload.label} ${row.mode}: ${((performance.now() - t) / 1000).toFixed(1)} s`,
        );
      }
      results.decoding.runs.push(await measureDecoding(entries, config.decodingRounds));
      log(`run ${run}/${config.runs} decoding done`);
    }
  } finally {
    await server.close();
  }

  await attempt("type-check timings", async () => {
    results.typecheck = await measureTypecheck(config.typecheckRounds);
  });
  results.durationMs = performance.now() - started;
  return results;
}
