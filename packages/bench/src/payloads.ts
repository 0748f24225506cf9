/**
 * Deterministic payloads: distributions as the mock server builds them from a seed (what Pieces OS adds:
 * ids, a share, timestamps with their readable form, gist and Mailgun details), a snapshot of any size,
 * and the body a caller sends to create one. Every source of `buildDistribution` is a function of the
 * distribution's index, so the server process and the harness build the same bytes without talking.
 */
import { buildDistribution } from "@pieces-distributions/mock-server";
import type { Distribution, Distributions, SeededDistribution } from "@pieces-distributions/models";

const FILE_NAMES = ["debounce.ts", "retry.py", "useFetch.tsx", "Makefile", "lru_cache.rs", "schema.sql"];
const PEOPLE = ["ada", "grace", "linus", "margaret", "ken", "barbara", "dennis", "frances"];
const START = Date.UTC(2026, 0, 1);

/** The seed of distribution `index`: every other one a gist with two recipients, the rest two e-mails. */
function seedOf(index: number): SeededDistribution {
  const person = (offset: number) => PEOPLE[(index + offset) % PEOPLE.length] as string;
  if (index % 2 === 1)
    return {
      mailgun: {
        recipients: {
          iterable: [0, 3].map((at) => ({ email: `${person(at)}@example.com`, name: person(at) })),
        },
      },
    };
  return {
    github: {
      gist: {
        name: FILE_NAMES[index % FILE_NAMES.length] as string,
        description: `Snippet ${index}, shared with ${person(1)} and ${person(5)}`,
        public: index % 3 !== 0,
        recipients: { iterable: [1, 5].map((at) => ({ username: person(at), sourced: "GIT_HUB" as const })) },
      },
    },
  };
}

/** Distribution `index` of seed series `series`, with a distinct uuid, moment and random bytes. */
export function makeDistribution(index: number, series = 1): Distribution {
  let uuids = 0;
  const unique = (series * 1_000_003 + index) * 4;
  return buildDistribution(seedOf(index), {
    now: () => new Date(START + index * 3_600_000),
    uuid: () => `00000000-0000-4000-8000-${(unique + uuids++).toString(16).padStart(12, "0")}`,
    randomBytes: (size) => Uint8Array.from({ length: size }, (_, at) => (unique * 31 + at * 97) & 0xff),
  });
}

/** A snapshot holding `count` distributions. */
export function makeSnapshot(count: number): Distributions {
  return { iterable: Array.from({ length: count }, (_, index) => makeDistribution(index)) };
}

/** The body every contender sends to create a distribution (our wire names). */
export const seededDistribution: SeededDistribution = seedOf(0);

/** What the server answers to a create: one distribution. */
export const createdDistribution: Distribution = makeDistribution(0, 7);

/** The id every delete call names (the server answers 204 for any id). */
export const deleteId = createdDistribution.id;
