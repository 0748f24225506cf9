import { randomBytes, randomUUID } from "node:crypto";
import type {
  Distribution,
  EmbeddedModelSchema,
  GitHubDistribution,
  GroupedTimestamp,
  MailgunDistribution,
  PersonBasicType,
  SeededDistribution,
} from "@pieces-distributions/models";
import { operationTable, schemaShapes } from "@pieces-distributions/models";
import { readableTime } from "./readable-time.js";

/** Where a new distribution's moment and random parts come from; tests replace them to get fixed output. */
export interface DistributionSources {
  /** The current moment. @default () => new Date() */
  readonly now?: () => Date;
  /** A new uuid. @default crypto.randomUUID */
  readonly uuid?: () => string;
  /** `size` random bytes. @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Uint8Array;
}

/** The version stamp the mock puts on every record it makes. */
const SCHEMA: EmbeddedModelSchema = { migration: 0, semantic: "MAJOR_0_MINOR_0_PATCH_1" };
const SHORT_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

const CREATE = operationTable.distributions_create_new_distribution;
/** The schemas of what a create request sends and of what is stored and answered, as the document says. */
const SEED_SCHEMA = CREATE.requestBody?.schema ?? "SeededDistribution";
const STORED_SCHEMA = CREATE.responses["200"]?.schema ?? "Distribution";

/**
 * The properties of `seed` (a value of the schema `from`) that the schema `to` also declares, as the
 * document's schema shapes say: objects of two different schemas on both sides (a seeded gist and a stored
 * gist) are walked the same way; every other value is copied as it is. A field the document adds to both
 * the seeded and the stored model is therefore stored and answered with no hand edit.
 */
export function declaredFields(seed: object, from: string, to: string): Record<string, unknown> {
  const seedShape = schemaShapes[from] ?? {};
  const storedShape = schemaShapes[to] ?? {};
  const result: Record<string, unknown> = {};
  for (const [property, value] of Object.entries(seed)) {
    if (value === undefined || !(property in storedShape)) continue;
    const seedChild = seedShape[property] ?? null;
    const storedChild = storedShape[property] ?? null;
    result[property] =
      seedChild !== null && storedChild !== null && seedChild !== storedChild && isObject(value)
        ? declaredFields(value, seedChild, storedChild)
        : value;
  }
  return result;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Builds the complete `Distribution` Pieces OS would answer for a seed: every seed field the stored model
 * also has (`declaredFields`), then what Pieces OS adds: a new uuid; a public share with its own id, link
 * and short code; `created`/`updated` with a readable form; for each e-mail recipient with an address a
 * Mailgun message id; and for a gist `public` (default true), recipients (default none), its `created`,
 * `updated`, a `github_id` and the gist's `url`.
 */
export function buildDistribution(seed: SeededDistribution, sources: DistributionSources = {}): Distribution {
  const now = (sources.now ?? (() => new Date()))();
  const uuid = sources.uuid ?? randomUUID;
  const random = sources.randomBytes ?? randomBytes;
  const timestamp: GroupedTimestamp = { value: now.toISOString(), readable: readableTime(now) };
  const id = uuid();
  const short = shortCode(random(6));
  const copied = declaredFields(seed, SEED_SCHEMA, STORED_SCHEMA) as Partial<Distribution>;

  const distribution: Distribution = {
    ...copied,
    schema: seed.schema ?? SCHEMA,
    id,
    share: {
      schema: SCHEMA,
      id: uuid(),
      link: `https://pieces.link/s/${short}`,
      short,
      access: "PUBLIC",
      accessors: { iterable: [] },
      created: timestamp,
      distributions: { iterable: [{ id }] },
    },
    created: timestamp,
    updated: timestamp,
  };
  if (seed.mailgun !== undefined) distribution.mailgun = mailgunFor(seed.mailgun, now, random);
  const github: GitHubDistribution | undefined = copied.github;
  if (github?.gist !== undefined) {
    const githubId = hex(random(10));
    github.gist = {
      ...github.gist,
      public: github.gist.public ?? true,
      recipients: github.gist.recipients ?? { iterable: [] },
      created: timestamp,
      updated: timestamp,
      github_id: githubId,
      url: `https://gist.github.com/${githubId}`,
    };
  }
  return distribution;
}

/** The seed's e-mail distribution, with a Mailgun message id for each recipient that has an address. */
function mailgunFor(
  seed: MailgunDistribution,
  now: Date,
  random: (size: number) => Uint8Array,
): MailgunDistribution {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const iterable = seed.recipients.iterable.map(
    (person): PersonBasicType =>
      person.email === undefined || person.mailgun !== undefined
        ? person
        : { ...person, mailgun: { messageId: `<${stamp}.${hex(random(6))}@mg.pieces.mock>` } },
  );
  return { ...seed, recipients: { ...seed.recipients, iterable } };
}

function shortCode(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => SHORT_CODE_ALPHABET[byte % SHORT_CODE_ALPHABET.length]).join("");
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}
