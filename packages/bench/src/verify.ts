/**
 * Before anything is timed, every contender must really work against the bench server: the snapshot has
 * the expected number of distributions, create returns the created one, delete resolves.
 */
import type { Contender } from "./contenders/index.js";
import { createdDistribution } from "./payloads.js";

/** Throws, naming the contender and the call, if any contender does not work. */
export async function verifyContenders(contenders: readonly Contender[], origin: string): Promise<void> {
  for (const contender of contenders) {
    const calls = contender.make({ baseUrl: `${origin}/n100` });
    const where = (call: string) => `${contender.label}: ${call}`;
    const snapshot = (await calls.snapshot()) as { iterable?: unknown[] } | null;
    if (snapshot?.iterable?.length !== 100)
      throw new Error(
        `${where("snapshot")} returned ${snapshot?.iterable?.length} distributions, expected 100`,
      );
    const created = (await calls.create()) as { id?: unknown } | null;
    if (created?.id !== createdDistribution.id)
      throw new Error(
        `${where("create")} returned id ${String(created?.id)}, expected ${createdDistribution.id}`,
      );
    await calls.delete();
  }
}
