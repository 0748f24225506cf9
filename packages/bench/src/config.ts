/**
 * How much work each mode does. Full mode: thousands of sequential calls per contender for the small
 * payloads, 3 runs, about 10 minutes on 2 cores. Smoke mode (`pnpm test`): a handful of calls, one run,
 * only to prove that every contender works and every figure is produced.
 */
import type { Workload, WorkloadPlan } from "./latency.js";

/** `full` for RESULTS.md, `smoke` for the test suite. */
export type BenchMode = "full" | "smoke";

/** Everything a mode decides. */
export interface BenchConfig {
  readonly mode: BenchMode;
  /** Independent runs of the latency and decoding benchmarks. */
  readonly runs: number;
  readonly workloads: readonly Workload[];
  /** Snapshot size of the decoding benchmark. */
  readonly decodingSize: number;
  /** Rounds of the decoding benchmark per run. */
  readonly decodingRounds: number;
  /** Rounds of `tsc --noEmit` per consumer. */
  readonly typecheckRounds: number;
}

const small = (calls: number, batches: number, callsPerWorker: number): WorkloadPlan => ({
  warmupCalls: 200,
  concurrentWarmup: true,
  rounds: 20,
  sequentialCalls: calls,
  concurrentBatches: batches,
  inFlight: 32,
  callsPerWorker,
});

/** The full benchmark. */
export const fullConfig: BenchConfig = {
  mode: "full",
  runs: 3,
  workloads: [
    { id: "snapshot-n1", label: "GET snapshot N=1", operation: "snapshot", size: 1, plan: small(100, 2, 4) },
    {
      id: "snapshot-n100",
      label: "GET snapshot N=100",
      operation: "snapshot",
      size: 100,
      plan: { ...small(50, 1, 2), warmupCalls: 50 },
    },
    {
      id: "snapshot-n10000",
      label: "GET snapshot N=10 000",
      operation: "snapshot",
      size: 10_000,
      plan: {
        warmupCalls: 2,
        concurrentWarmup: false,
        rounds: 3,
        sequentialCalls: 4,
        concurrentBatches: 1,
        inFlight: 32,
        callsPerWorker: 1,
      },
    },
    { id: "create", label: "POST create", operation: "create", size: 1, plan: small(100, 2, 4) },
    { id: "delete", label: "POST delete (204)", operation: "delete", size: 1, plan: small(100, 2, 4) },
  ],
  decodingSize: 10_000,
  decodingRounds: 15,
  typecheckRounds: 5,
};

const tiny: WorkloadPlan = {
  warmupCalls: 2,
  concurrentWarmup: false,
  rounds: 1,
  sequentialCalls: 2,
  concurrentBatches: 1,
  inFlight: 4,
  callsPerWorker: 1,
};

/** The smoke run: same tables, tiny counts. */
export const smokeConfig: BenchConfig = {
  mode: "smoke",
  runs: 1,
  workloads: fullConfig.workloads.map((workload) => ({
    ...workload,
    plan: workload.size === 10_000 ? { ...tiny, warmupCalls: 0 } : tiny,
  })),
  decodingSize: 10_000,
  decodingRounds: 1,
  typecheckRounds: 1,
};
