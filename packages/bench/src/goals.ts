/**
 * The goals of issues 6 and 15, each judged from figures measured in one session. A ratio goal is judged on the
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
/** Decoding ratios to JSON.parse: without and with validation. */
export const DECODING_LIMITS = { plain: 1.02, validated: 1.3 } as const;

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

/** The latency rows `filter` keeps, as cells of `numerator / denominator`. */
function latencyGoal(
  results: BenchResults,
  goal: string,
  numerator: string,
  denominator: string,
  limit: number,
  filter: (row: BenchResults["latency"][number]) => boolean = () => true,
): GoalStatus {
  const rows = results.latency.filter(filter);
  const cells = rows.map((row) => ({
    name: `${row.workload.label}, ${MODE_LABEL[row.mode]}`,
    ...latencyRatio(row.runs, numerator, denominator),
  }));
  if (cells.length === 0) return { goal, met: undefined, figure: "not measured" };
  const worst = cells.reduce((a, b) => (b.median > a.median ? b : a));
  const over = cells.filter((cell) => cell.median > limit);
  const perRun = worst.perRun.map((r) => r.toFixed(3)).join(" / ");
  const failing =
    over.length === 0
      ? ""
      : `; over ${limit}: ${over.map((c) => `${c.name} ${c.median.toFixed(3)}`).join(", ")}`;
  return {
    goal,
    met: over.length === 0,
    figure: `worst ${worst.median.toFixed(3)} (${worst.name}; runs ${perRun})${failing}`,
  };
}

/** Judges every goal: the latency goals of issue 15, the decoding and type-check goals of issue 6. */
export function evaluateGoals(results: BenchResults): GoalStatus[] {
  const typecheck = (key: string) => results.typecheck.find((entry) => entry.key === key);
  const oursTc = typecheck("ours");
  const officialTc = typecheck("official");
  const plain = decodingRatio(results, "ours");
  const validated = decodingRatio(results, "oursValidated");
  const large = (row: BenchResults["latency"][number]) =>
    row.workload.operation === "snapshot" && row.workload.size >= 100;
  const single = (row: BenchResults["latency"][number]) => !large(row);
  return [
    latencyGoal(
      results,
      `With its defaults, the client at most ${LATENCY_LIMIT}x raw fetch + timeout, every operation and N, sequential and 32 in flight`,
      "ours",
      "rawTimeout",
      LATENCY_LIMIT,
    ),
    latencyGoal(
      results,
      `With timeoutMs: 0, the client at most ${LATENCY_LIMIT}x raw fetch without a signal, every operation and N`,
      "oursNoTimeout",
      "raw",
      LATENCY_LIMIT,
    ),
    latencyGoal(
      results,
      "Never slower than the official SDK at N >= 100 (defaults / official at most 1)",
      "ours",
      "official",
      1,
      large,
    ),
    latencyGoal(
      results,
      "At N = 1 (GET N=1, create, delete) no slower than the official SDK with timeoutMs: 0",
      "oursNoTimeout",
      "official",
      1,
      single,
    ),
    latencyGoal(
      results,
      "A 204's empty body is not read (delete, timeoutMs: 0, at most the official SDK, which does not read it)",
      "oursNoTimeout",
      "official",
      1,
      (row) => row.workload.operation === "delete",
    ),
    {
      goal: `Snapshot N=${results.decoding.size} without validation at most ${DECODING_LIMITS.plain}x JSON.parse`,
      met: Number.isFinite(plain) ? plain <= DECODING_LIMITS.plain : undefined,
      figure: `${plain.toFixed(3)}x`,
    },
    {
      goal: `Snapshot N=${results.decoding.size} with validateResponses at most ${DECODING_LIMITS.validated}x JSON.parse`,
      met: Number.isFinite(validated) ? validated <= DECODING_LIMITS.validated : undefined,
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
  ];
}
