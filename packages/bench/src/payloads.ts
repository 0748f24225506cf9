/**
 * Deterministic payloads: distributions as Pieces OS sends them (about 750 bytes each on the wire), a
 * snapshot of any size, and the body a caller sends to create one. The same seed always gives the same
 * bytes, so the server process and the harness agree without talking.
 */
import { readableTime, type SeededRandom, seededRandom } from "@pieces-distributions/mock-server";
import type { Distribution, Distributions, SeededDistribution } from "@pieces-distributions/models";

const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const FILE_NAMES = ["debounce.ts", "retry.py", "useFetch.tsx", "Makefile", "lru_cache.rs", "schema.sql"];
const DESCRIPTIONS = [
  "A typed debounce helper",
  "Retry with exponential backoff and jitter",
  "React hook that fetches and caches JSON",
  "Build targets for the monorepo",
  "A least-recently-used cache with a fixed capacity",
  "Tables and indexes for the sharing service",
];
const PEOPLE = ["ada", "grace", "linus", "margaret", "ken", "barbara", "dennis", "frances"];
const SCHEMA = { migration: 0, semantic: "MAJOR_0_MINOR_0_PATCH_1" } as const;

function chars(random: SeededRandom, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random.next() * alphabet.length)];
  return out;
}

function uuid(random: SeededRandom): string {
  const h = chars(random, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

/** A moment in 2026; with `readable`, also its readable form, as Pieces OS gives for `created`. */
function timestamp(random: SeededRandom, readable = false) {
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(random.next() * 330 * 86_400_000));
  return readable
    ? { value: date.toISOString(), readable: readableTime(date) }
    : { value: date.toISOString() };
}

function gistRecipient(random: SeededRandom) {
  return {
    username: `${random.pick(PEOPLE)}${Math.floor(random.next() * 100)}`,
    sourced: "GIT_HUB" as const,
  };
}

function mailRecipient(random: SeededRandom) {
  const user = random.pick(PEOPLE);
  const name = user[0]?.toUpperCase() + user.slice(1);
  return { email: `${user}@example.com`, name, sourced: "MAILGUN" as const };
}

/** One distribution; about half go out as gists, the rest by e-mail, like a real mixed snapshot. */
export function makeDistribution(index: number, seed = 1): Distribution {
  const random = seededRandom(seed * 1_000_003 + index);
  const short = chars(random, ALNUM, 6);
  const created = timestamp(random, true);
  const distribution: Distribution = {
    schema: SCHEMA,
    id: uuid(random),
    share: {
      id: uuid(random),
      link: `https://pieces.link/s/${short}`,
      short,
      access: random.next() < 0.7 ? "PUBLIC" : "PRIVATE",
      accessors: { iterable: [] },
      created,
    },
    created,
    updated: timestamp(random),
  };
  if (index % 2 === 0) {
    const gistId = chars(random, HEX, 20);
    const user = random.pick(PEOPLE);
    distribution.github = {
      gist: {
        name: random.pick(FILE_NAMES),
        description: random.pick(DESCRIPTIONS),
        public: random.next() < 0.6,
        recipients: { iterable: [gistRecipient(random), gistRecipient(random)] },
        created: timestamp(random),
        updated: timestamp(random),
        github_id: gistId,
        url: `https://gist.github.com/${user}/${gistId}`,
      },
    };
  } else {
    distribution.mailgun = { recipients: { iterable: [mailRecipient(random), mailRecipient(random)] } };
  }
  return distribution;
}

/** A snapshot holding `count` distributions. */
export function makeSnapshot(count: number): Distributions {
  return { iterable: Array.from({ length: count }, (_, i) => makeDistribution(i)) };
}

/** The body every contender sends to create a distribution (our wire names). */
export const seededDistribution: SeededDistribution = {
  github: {
    gist: {
      name: "debounce.ts",
      description: "A typed debounce helper",
      public: true,
      recipients: { iterable: [{ username: "octocat", sourced: "GIT_HUB" }] },
    },
  },
};

/** What the server answers to a create: one distribution. */
export const createdDistribution: Distribution = makeDistribution(0, 7);

/** The id every delete call names (the server answers 204 for any id). */
export const deleteId = createdDistribution.id;
