/**
 * Latency benchmark: every contender calls the same endpoint against the bench server, interleaved in a
 * rotating order after a warm-up, sequentially (one call at a time) and with 32 calls in flight.
 */
import type { Contender, ContenderCalls, ContenderKey } from "./contenders/index.js";
import type { SnapshotSize } from "./payloads.js";
import { collectGarbage, median, rotate } from "./stats.js";

/** Which endpoint a workload calls. */
export type Operation = "snapshot" | "create" | "delete";

/** One row of the latency tables. */
export interface Workload {
  /** Stable id such as `snapshot-n10000`. */
  readonly id: string;
  /** Row label shown in RESULTS.md. */
  readonly label: string;
  readonly operation: Operation;
  /** The snapshot size the base URL selects (only matters for `snapshot`). */
  readonly size: SnapshotSize;
  /** How many calls to make, per contender and run. */
  readonly plan: WorkloadPlan;
}

/** How much work one workload does per contender in one run. */
export interface WorkloadPlan {
  /** Untimed sequential calls per contender before the first round. */
  readonly warmupCalls: number;
  /** Whether the concurrent mode also warms up with one untimed batch per contender. */
  readonly concurrentWarmup: boolean;
  /** Rounds; each round visits every contender once, in a rotated order. */
  readonly rounds: number;
  /** Sequential calls per contender per round (each one timed). */
  readonly sequentialCalls: number;
  /** Timed batches per contender per round in the concurrent mode. */
  readonly concurrentBatches: number;
  /** Calls in flight in the concurrent mode: 32 (the smoke mode uses fewer). */
  readonly inFlight: number;
  /** In a batch, each of the `inFlight` workers makes this many calls back to back, so the batch measures a steady state rather than one ramp-up and drain. */
  readonly callsPerWorker: number;
}

/** One call at a time, or `inFlight` calls at once. */
export type LatencyMode = "sequential" | "concurrent";

/** Median microseconds per call of every contender, for one workload, mode and run. */
export type LatencyMedians = Record<ContenderKey, number>;

/** The medians of one workload, mode and run, with the count of timed samples behind each. */
export interface LatencyMeasurement {
  readonly medians: LatencyMedians;
  /**
   * The median of each contender in each round. Contenders take their turns one after another within a
   * round, so the ratio of two of them in one round compares calls made seconds apart, on the same machine
   * state: `goals.ts` takes the median of those paired ratios, which a slow drift of the machine (other
   * load, CPU steal on a shared VM) cannot move the way it moves a ratio of whole-run medians.
   */
  readonly rounds: readonly LatencyMedians[];
  readonly samples: number;
}

async function timeSequential(call: () => Promise<unknown>, count: number, into: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    into.push((performance.now() - start) * 1000);
  }
}

async function timeConcurrent(
  call: () => Promise<unknown>,
  plan: Pick<WorkloadPlan, "inFlight" | "callsPerWorker">,
  batches: number,
  into: number[],
): Promise<void> {
  const worker = async () => {
    for (let i = 0; i < plan.callsPerWorker; i++) await call();
  };
  const workers: Promise<void>[] = new Array(plan.inFlight);
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < plan.inFlight; i++) workers[i] = worker();
    await Promise.all(workers);
    // Amortised time per call: the batch's wall time shared by all its calls.
    into.push(((performance.now() - start) * 1000) / (plan.inFlight * plan.callsPerWorker));
  }
}

/** Measures one workload in one mode, all contenders interleaved; returns the median µs per call of each. */
export async function measureLatency(
  workload: Workload,
  mode: LatencyMode,
  contenders: readonly Contender[],
  makeCalls: (contender: Contender) => ContenderCalls,
): Promise<LatencyMeasurement> {
  const calls = contenders.map((contender) => {
    const built = makeCalls(contender);
    const call = built[workload.operation].bind(built);
    return { contender, call, samples: [] as number[] };
  });
  const rounds: LatencyMedians[] = [];
  const { plan } = workload;
  for (const entry of calls) {
    await timeSequential(entry.call, plan.warmupCalls, []);
    if (mode === "concurrent" && plan.concurrentWarmup) await timeConcurrent(entry.call, plan, 1, []);
  }
  for (let round = 0; round < plan.rounds; round++) {
    const thisRound = {} as LatencyMedians;
    for (const entry of rotate(calls, round)) {
      collectGarbage();
      const samples: number[] = [];
      if (mode === "sequential") await timeSequential(entry.call, plan.sequentialCalls, samples);
      else await timeConcurrent(entry.call, plan, plan.concurrentBatches, samples);
      thisRound[entry.contender.key] = median(samples);
      entry.samples.push(...samples);
    }
    rounds.push(thisRound);
  }
  const medians = {} as LatencyMedians;
  for (const entry of calls) medians[entry.contender.key] = median(entry.samples);
  return { medians, rounds, samples: calls[0]?.samples.length ?? 0 };
}
