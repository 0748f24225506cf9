/**
 * The goals of issue 6, each judged from figures measured in one session. A ratio goal is judged on the
 * median over runs of the per-run ratio, so one noisy run cannot decide it alone.
 */
import { DECODING_BASELINE } from "./decoding.js";
import type { LatencyMode } from "./latency.js";
import type { BenchResults } from "./run.js";
import { median } from "./stats.js";

/** Where one goal stands. */
export interface GoalStatus {
  readonly goal: string;
  /** `undefined` when this session did not measure it (smoke mode, or its section failed). */
  readonly met: boolean | undefined;
  readonly figure: string;
}

/** Largest ratio the client may have to raw fetch. */
export const LATENCY_LIMIT = 1.05;
/** Largest min+gzip size of the client's bundle, in bytes (4 kB). */
export const BUNDLE_LIMIT = 4000;
/** Decoding ratios to JSON.parse: without and with validation. */
export const DECODING_LIMITS = { plain: 1.02, validated: 1.3 } as const;
/** A cached `pnpm test` must take less than this, in ms. */
export const CACHED_TEST_LIMIT_MS = 2000;

const MODE_LABEL: Record<LatencyMode, string> = { sequential: "sequential", concurrent: "in flight" };

/**
 * The ratio `numerator / denominator` of one run: the median over its rounds of the two entries' per-round
 * figures (paired: taken seconds apart, so a slow drift of the machine moves both), or, for a run recorded
 * without rounds, the ratio of its medians.
 */
function pairedRatio(
  run: {
    readonly medians: Readonly<Record<string, number>>;
    readonly rounds: readonly Readonly<Record<string, number>>[];
  },
  numerator: string,
  denominator: string,
): number {
  const ratioOf = (figures: Readonly<Record<string, number>>) =>
    (figures[numerator] ?? Number.NaN) / (figures[denominator] ?? Number.NaN);
  return run.rounds.length === 0 ? ratioOf(run.medians) : median(run.rounds.map(ratioOf));
}

/** Median over runs of the paired ratio `numerator / denominator` for one latency row, and each run's. */
export function latencyRatio(
  runs: BenchResults["latency"][number]["runs"],
  numerator: string,
  denominator: string,
): { median: number; perRun: number[] } {
  const perRun = runs.map((run) => pairedRatio(run, numerator, denominator));
  return { median: median(perRun), perRun };
}

/** Median over runs of an entry's decoding time divided by the baseline's, paired per round like latency. */
export function decodingRatio(results: BenchResults, key: string, baseline = DECODING_BASELINE): number {
  return median(results.decoding.runs.map((run) => pairedRatio(run, key, baseline)));
}

function worstLatency(
  results: BenchResults,
  denominator: string,
  limit: number,
  numerator = "ours",
): GoalStatus["figure"] {
  const cells = results.latency.map((row) => ({
    name: `${row.workload.label}, ${MODE_LABEL[row.mode]}`,
    ...latencyRatio(row.runs, numerator, denominator),
  }));
  const worst = cells.reduce((a, b) => (b.median > a.median ? b : a));
  const over = cells.filter((cell) => cell.median > limit);
  const perRun = worst.perRun.map((r) => r.toFixed(3)).join(" / ");
  const failing =
    over.length === 0
      ? ""
      : `; over ${limit}: ${over.map((c) => `${c.name} ${c.median.toFixed(3)}`).join(", ")}`;
  return `worst ${worst.median.toFixed(3)} (${worst.name}; runs ${perRun})${failing}`;
}

/** Judges every goal of the issue. */
export function evaluateGoals(results: BenchResults): GoalStatus[] {
  const ratios = (denominator: string) =>
    results.latency.map((row) => latencyRatio(row.runs, "ours", denominator).median);
  const bundle = results.bundles.find((entry) => entry.key === "oursFactory");
  const typecheck = (key: string) => results.typecheck.find((entry) => entry.key === key);
  const oursTc = typecheck("ours");
  const officialTc = typecheck("official");
  const plain = decodingRatio(results, "ours");
  const validated = decodingRatio(results, "oursValidated");
  const cached = results.workflow?.testCached;
  return [
    {
      goal: `Our client at most ${LATENCY_LIMIT}x raw fetch on every operation and N, sequential and 32 in flight`,
      met: Math.max(...ratios("raw")) <= LATENCY_LIMIT,
      figure: `${worstLatency(results, "raw", LATENCY_LIMIT)}. With timeoutMs: 0 (no timeout): ${worstLatency(results, "raw", LATENCY_LIMIT, "oursNoTimeout")}`,
    },
    {
      goal: "Our client never slower than the official SDK (ratio ours / official at most 1)",
      met: Math.max(...ratios("official")) <= 1,
      figure: `${worstLatency(results, "official", 1)}. With timeoutMs: 0 (no timeout, like the official SDK): ${worstLatency(results, "official", 1, "oursNoTimeout")}`,
    },
    {
      goal: `createDistributionsClient with its dependencies at most ${BUNDLE_LIMIT} B min+gzip`,
      met: bundle === undefined ? undefined : bundle.gzipBytes <= BUNDLE_LIMIT,
      figure:
        bundle === undefined ? "not measured" : `${bundle.gzipBytes} B min+gzip (${bundle.minBytes} B min)`,
    },
    {
      goal: `Snapshot N=${results.decoding.size} without validation at most ${DECODING_LIMITS.plain}x JSON.parse`,
      met: plain <= DECODING_LIMITS.plain,
      figure: `${plain.toFixed(3)}x`,
    },
    {
      goal: `Snapshot N=${results.decoding.size} with validateResponses at most ${DECODING_LIMITS.validated}x JSON.parse`,
      met: validated <= DECODING_LIMITS.validated,
      figure: `${validated.toFixed(3)}x`,
    },
    {
      goal: "Consumer type-check no slower than with the official SDK",
      met: oursTc === undefined || officialTc === undefined ? undefined : oursTc.wallMs <= officialTc.wallMs,
      figure:
        oursTc === undefined || officialTc === undefined
          ? "not measured"
          : `${oursTc.wallMs.toFixed(0)} ms vs ${officialTc.wallMs.toFixed(0)} ms (tsc wall time, median)`,
    },
    {
      goal: `A full cache hit of pnpm test in under ${CACHED_TEST_LIMIT_MS / 1000} s`,
      met:
        cached === undefined ? undefined : cached.ok && cached.ms < CACHED_TEST_LIMIT_MS && isFullHit(cached),
      figure:
        cached === undefined
          ? "not measured in smoke mode"
          : `${(cached.ms / 1000).toFixed(2)} s, ${cached.cached === undefined ? "cache figures not found" : `${cached.cached.hits}/${cached.cached.total} tasks cached`}${cached.ok ? "" : ", exited non-zero"}`,
    },
  ];
}

function isFullHit(timing: { cached?: { hits: number; total: number } }): boolean {
  return timing.cached !== undefined && timing.cached.hits === timing.cached.total;
}
