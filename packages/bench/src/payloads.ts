/**
 * Realistic, deterministic payloads: distributions as Pieces OS sends them (about 750 bytes each on the
 * wire), a snapshot of any size, and the body a caller sends to create one. The same seed always gives the
 * same bytes, so the server process and the harness agree without talking.
 */
import type {
  Distribution,
  Distributions,
  PersonBasicType,
  SeededDistribution,
} from "@pieces-distributions/models";

/** A small seeded pseudo-random generator (mulberry32): enough variety, same output for the same seed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
const READABLE_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function chars(random: () => number, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

function uuid(random: () => number): string {
  const h = chars(random, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

function timestamp(random: () => number, withReadable: boolean): { value: string; readable?: string } {
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 330 * 86_400_000));
  const value = date.toISOString();
  if (!withReadable) return { value };
  const hh = String(date.getUTCHours()).padStart(2, "0");
  const mm = String(date.getUTCMinutes()).padStart(2, "0");
  const readable = `${date.getUTCDate()} ${READABLE_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${hh}:${mm}`;
  return { value, readable };
}

const SCHEMA = { migration: 0, semantic: "MAJOR_0_MINOR_0_PATCH_1" } as const;

function gistRecipient(random: () => number): PersonBasicType {
  const user = pick(random, PEOPLE);
  return { username: `${user}${Math.floor(random() * 100)}`, sourced: "GIT_HUB" };
}

function mailRecipient(random: () => number): PersonBasicType {
  const user = pick(random, PEOPLE);
  return { email: `${user}@example.com`, name: user[0]?.toUpperCase() + user.slice(1), sourced: "MAILGUN" };
}

/** One distribution; about half go out as gists, the rest by e-mail, like a real mixed snapshot. */
export function makeDistribution(index: number, seed = 1): Distribution {
  const random = randomSource(seed * 1_000_003 + index);
  const short = chars(random, ALNUM, 6);
  const created = timestamp(random, true);
  const distribution: Distribution = {
    schema: SCHEMA,
    id: uuid(random),
    share: {
      id: uuid(random),
      link: `https://pieces.link/s/${short}`,
      short,
      access: random() < 0.7 ? "PUBLIC" : "PRIVATE",
      accessors: { iterable: [] },
      created,
    },
    created,
    updated: timestamp(random, false),
  };
  if (index % 2 === 0) {
    const gistId = chars(random, HEX, 20);
    const user = pick(random, PEOPLE);
    distribution.github = {
      gist: {
        name: pick(random, FILE_NAMES),
        description: pick(random, DESCRIPTIONS),
        public: random() < 0.6,
        recipients: { iterable: [gistRecipient(random), gistRecipient(random)] },
        created: timestamp(random, false),
        updated: timestamp(random, false),
        github_id: gistId,
        url: `https://gist.github.com/${user}/${gistId}`,
      },
    };
  } else {
    distribution.mailgun = {
      recipients: {
        iterable: [mailRecipient(random), mailRecipient(random)],
      },
    };
  }
  return distribution;
}

/** A snapshot holding `count` distributions. */
export function makeSnapshot(count: number, seed = 1): Distributions {
  const iterable: Distribution[] = [];
  for (let i = 0; i < count; i++) iterable.push(makeDistribution(i, seed));
  return { iterable };
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

/** The id every delete call names (a pre-serialised server answers 204 for any id). */
export const deleteId = createdDistribution.id;

/** The snapshot sizes the benchmarks serve. */
export const SNAPSHOT_SIZES = [1, 100, 10_000] as const;

/** One of the snapshot sizes. */
export type SnapshotSize = (typeof SNAPSHOT_SIZES)[number];
