import { readFile } from "node:fs/promises";
import type { Distribution, Distributions } from "@pieces-distributions/models";
import { formatProblems, validateDistributions } from "@pieces-distributions/models/validators";
import { type AtomicWriteSteps, removeStaleTemporaryFiles, writeFileAtomically } from "./atomic-write.js";
import { DataFileError } from "./data-file-error.js";
import type { DistributionStore } from "./store.js";

/** Options of {@link openFileStore}. */
export interface FileStoreOptions {
  /** Replaces steps of the atomic write, so tests can simulate a crash between them. */
  readonly atomicWrite?: AtomicWriteSteps;
}

/** One change waiting to be saved: applied to the next state, settled once that state is on disk. */
interface PendingChange {
  readonly apply: (state: Map<string, Distribution>) => unknown;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Opens a store that keeps its distributions in `file`, a JSON `Distributions` document
 * (`{"iterable": [...]}`, oldest first). A missing file is an empty store (created on the first change); a
 * file that is not such a document is refused with a {@link DataFileError}, never reset.
 *
 * Every change is written atomically (temporary file, fsync, rename) before it is acknowledged, and
 * changes are serialised: the ones that arrive while a write is running are applied in order and saved
 * together by the next write, so concurrent requests never interleave. When a write fails, the changes it
 * carried are rejected and the store keeps the state that is on disk.
 */
export async function openFileStore(
  file: string,
  options: FileStoreOptions = {},
): Promise<DistributionStore> {
  let state = await loadDataFile(file);
  // A writer killed mid-write leaves its temporary file beside the data file; the data file itself is intact.
  await removeStaleTemporaryFiles(file);
  let pending: PendingChange[] = [];
  let flushing: Promise<void> | null = null;

  const flush = async (): Promise<void> => {
    // Yield first: every change made in the same tick joins the first batch, and `flushing` is set before
    // this function can finish.
    await null;
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      const next = new Map(state);
      const results = batch.map((change) => {
        try {
          return { ok: true as const, value: change.apply(next) };
        } catch (error) {
          return { ok: false as const, error };
        }
      });
      try {
        if (results.some((result) => result.ok))
          await writeFileAtomically(file, serialise(next), options.atomicWrite);
        state = next;
        batch.forEach((change, index) => {
          const result = results[index];
          if (result?.ok) change.resolve(result.value);
          else change.reject(result?.error);
        });
      } catch (error) {
        for (const change of batch) change.reject(error);
      }
    }
    flushing = null;
  };

  const enqueue = <T>(apply: (state: Map<string, Distribution>) => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ apply, resolve: resolve as (result: unknown) => void, reject });
      flushing ??= flush();
    });

  return {
    async list() {
      return [...state.values()];
    },
    add(distribution) {
      return enqueue((next) => {
        if (next.has(distribution.id))
          throw new Error(`a distribution with id ${distribution.id} already exists`);
        next.set(distribution.id, distribution);
      });
    },
    remove(id) {
      return enqueue((next) => next.delete(id));
    },
    async close() {
      await flushing;
    },
  };
}

/** The file's text for a state: a `Distributions` document, oldest first, indented for people. */
function serialise(state: ReadonlyMap<string, Distribution>): string {
  const document: Distributions = { iterable: [...state.values()] };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads and checks the data file; a missing file is an empty store. */
async function loadDataFile(file: string): Promise<Map<string, Distribution>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new DataFileError(file, "cannot be read", { details: (error as Error).message, cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, "is not valid JSON", { details: (error as Error).message, cause: error });
  }
  const result = validateDistributions(parsed);
  if (!result.ok) {
    throw new DataFileError(file, 'is not a Distributions document ({"iterable": [...]})', {
      details: formatProblems(result.problems),
    });
  }
  const state = new Map<string, Distribution>();
  for (const distribution of result.value.iterable) {
    if (state.has(distribution.id)) {
      throw new DataFileError(file, `holds the distribution id ${distribution.id} more than once`);
    }
    state.set(distribution.id, distribution);
  }
  return state;
}
