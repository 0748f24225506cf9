/**
 * Latency: every contender calls the same endpoint of the bench server, after a warm-up, in paired rounds
 * (`stats.ts`): one call at a time, or batches of `inFlight` calls at once.
 */
import type { Calls } from "./contenders.js";
import { type PairedRun, pairedRounds } from "./stats.js";

/**
 * One row of the latency tables: an endpoint, the snapshot size its base URL picks, and the work per
 * contender and run: `warmupCalls` untimed calls (and one untimed batch with `concurrentWarmup`), then
 * `rounds` rounds of `sequentialCalls` timed calls or of `concurrentBatches` timed batches. In a batch each
 * of `inFlight` workers makes `callsPerWorker` calls back to back: a steady state, not one ramp-up.
 */
export interface Workload {
  readonly label: string;
  readonly operation: keyof Calls;
  readonly size: number;
  readonly plan: {
    readonly warmupCalls: number;
    readonly concurrentWarmup: boolean;
    readonly rounds: number;
    readonly sequentialCalls: number;
    readonly concurrentBatches: number;
    readonly inFlight: number;
    readonly callsPerWorker: number;
  };
}

async function sequential(call: () => Promise<unknown>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

/** µs per call of each batch: the batch's wall time shared by all its calls. */
async function concurrent(call: () => Promise<unknown>, plan: Workload["plan"], batches: number) {
  const worker = async () => {
    for (let i = 0; i < plan.callsPerWorker; i++) await call();
  };
  const times: number[] = [];
  const workers: Promise<void>[] = new Array(plan.inFlight);
  for (let batch = 0; batch < batches; batch++) {
    const start = performance.now();
    for (let i = 0; i < plan.inFlight; i++) workers[i] = worker();
    await Promise.all(workers);
    times.push(((performance.now() - start) * 1000) / (plan.inFlight * plan.callsPerWorker));
  }
  return times;
}

/** Times one workload, one call at a time or in batches, with each contender's calls: µs per call. */
export async function measureLatency(
  { operation, plan }: Workload,
  mode: "sequential" | "concurrent",
  contenders: readonly { readonly key: string; readonly calls: Calls }[],
): Promise<PairedRun> {
  const entries = contenders.map(({ key, calls }) => ({ key, call: calls[operation] }));
  for (const { call } of entries) {
    await sequential(call, plan.warmupCalls);
    if (mode === "concurrent" && plan.concurrentWarmup) await concurrent(call, plan, 1);
  }
  return pairedRounds(entries, plan.rounds, ({ call }) =>
    mode === "sequential"
      ? sequential(call, plan.sequentialCalls)
      : concurrent(call, plan, plan.concurrentBatches),
  );
}
