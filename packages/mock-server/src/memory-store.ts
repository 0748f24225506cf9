import type { Distribution } from "@pieces-distributions/models";
import type { DistributionStore } from "./store.js";

/** A store that keeps distributions in memory only (the default): fast, and gone when the process ends. */
export function createMemoryStore(initial: readonly Distribution[] = []): DistributionStore {
  const byId = new Map<string, Distribution>();
  for (const distribution of initial) byId.set(distribution.id, distribution);
  return {
    async list() {
      return [...byId.values()];
    },
    async add(distribution) {
      if (byId.has(distribution.id))
        throw new Error(`a distribution with id ${distribution.id} already exists`);
      byId.set(distribution.id, distribution);
    },
    async remove(id) {
      return byId.delete(id);
    },
    async close() {},
  };
}
