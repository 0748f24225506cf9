/** Paired rounds, and the medians and ratios the tables and goals take from them. */

/** One run's medians per entry (contender or decoder): over all its samples, and in each round. */
export interface PairedRun {
  readonly medians: Readonly<Record<string, number>>;
  readonly rounds: readonly Readonly<Record<string, number>>[];
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `list` rotated left by `by` places, so that each round starts with another entry. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/**
 * `rounds` rounds, each visiting every entry once in an order rotated by one place per round, with a full
 * GC (under `--expose-gc`) before each turn so that no entry pays for another's garbage. `turn` makes one
 * entry's timed calls and returns their times.
 */
export async function pairedRounds<T extends { readonly key: string }>(
  entries: readonly T[],
  rounds: number,
  turn: (entry: T) => Promise<number[]>,
): Promise<PairedRun> {
  const samples = new Map<string, number[]>(entries.map((entry) => [entry.key, []]));
  const perRound: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const medians: Record<string, number> = {};
    for (const entry of rotate(entries, round)) {
      (globalThis as { gc?: () => void }).gc?.();
      const times = await turn(entry);
      medians[entry.key] = median(times);
      samples.get(entry.key)?.push(...times);
    }
    perRound.push(medians);
  }
  const medians = Object.fromEntries([...samples].map(([key, times]) => [key, median(times)]));
  return { medians, rounds: perRound };
}

/**
 * The paired ratio `numerator / denominator` of each run, the median over its rounds of the two entries'
 * medians in the same round (seconds apart, so a drift of a shared machine moves both; a run without
 * rounds gives the ratio of its medians), and the median of those over the runs, which the goals judge.
 */
export function pairedRatio(runs: readonly PairedRun[], numerator: string, denominator: string) {
  const ratio = (figures: Readonly<Record<string, number>>) =>
    (figures[numerator] ?? Number.NaN) / (figures[denominator] ?? Number.NaN);
  const perRun = runs.map((run) => (run.rounds.length ? median(run.rounds.map(ratio)) : ratio(run.medians)));
  return { median: median(perRun), perRun };
}
