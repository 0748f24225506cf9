import type { Distribution } from "@pieces-distributions/models";

/**
 * Where the mock server keeps its distributions. Routing only ever talks to this interface, so persistence
 * can change (memory, a JSON file, anything else) without touching the HTTP side. A mutation that rejects
 * must have changed nothing.
 */
export interface DistributionStore {
  /** Every live distribution, oldest first (creation order). */
  list(): Promise<readonly Distribution[]>;
  /** Adds a distribution whose id is new; rejects, changing nothing, when the id is taken or saving fails. */
  add(distribution: Distribution): Promise<void>;
  /** Removes the distribution with this id: `true` if it was there, `false` if there was none. */
  remove(id: string): Promise<boolean>;
  /** Waits for every pending change to be saved. The store is not used after this. */
  close(): Promise<void>;
}
