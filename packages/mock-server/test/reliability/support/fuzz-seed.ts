import type { Parameters } from "fast-check";

/**
 * The seed of this file's fast-check runs: `FUZZ_SEED` from the environment to replay a failure, otherwise a
 * fresh one. It is printed, and fast-check repeats it (with the shrunk counterexample) in every failure.
 */
export const FUZZ_SEED = readSeed(process.env.FUZZ_SEED);

console.log(`fast-check seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED})`);

/**
 * How long one property may run before fast-check stops it with the runs done so far (a pass): a third of
 * the package's 60 s test budget, so that a property slowed down by a loaded machine ends inside its test
 * instead of timing out and running on into the next one.
 */
export const FUZZ_TIME_LIMIT_MS = 20_000;

/** fast-check parameters: this file's seed, runs bounded in number and time, a verbose report on failure. */
export function fuzzParameters<T>(numRuns: number): Parameters<T> {
  return { seed: FUZZ_SEED, numRuns, interruptAfterTimeLimit: FUZZ_TIME_LIMIT_MS, verbose: 1 };
}

function readSeed(text: string | undefined): number {
  if (text === undefined || text === "") return (Math.random() * 2 ** 31) | 0;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed))
    throw new TypeError(`FUZZ_SEED must be an integer, got ${JSON.stringify(text)}`);
  return seed | 0;
}
