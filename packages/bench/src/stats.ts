/** Small statistics helpers for the benchmark tables. */

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `list` rotated left by `by` places: round r starts with a different contender. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/** Runs a full garbage collection when node was started with `--expose-gc`, so one contender's garbage is not collected on another's time. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
