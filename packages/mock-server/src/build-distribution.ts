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

/**
 * Builds the complete `Distribution` Pieces OS would answer for a seed: a new uuid; a public share with its
 * own id, link and short code; `created`/`updated` with a readable form; the seed's e-mail recipients, each
 * one with an address given a Mailgun message id; and for a gist its name, description, `public` (default
 * true), recipients (default none), a `github_id` and the gist's `url`.
 */
export function buildDistribution(seed: SeededDistribution, sources: DistributionSources = {}): Distribution {
  const now = (sources.now ?? (() => new Date()))();
  const uuid = sources.uuid ?? randomUUID;
  const random = sources.randomBytes ?? randomBytes;
  const timestamp: GroupedTimestamp = { value: now.toISOString(), readable: readableTime(now) };
  const id = uuid();
  const short = shortCode(random(6));

  const distribution: Distribution = {
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
  if (seed.github !== undefined) {
    const github: GitHubDistribution = seed.github.schema === undefined ? {} : { schema: seed.github.schema };
    const gist = seed.github.gist;
    if (gist !== undefined) {
      const githubId = hex(random(10));
      github.gist = {
        ...(gist.schema === undefined ? {} : { schema: gist.schema }),
        name: gist.name,
        ...(gist.description === undefined ? {} : { description: gist.description }),
        public: gist.public ?? true,
        recipients: gist.recipients ?? { iterable: [] },
        created: timestamp,
        updated: timestamp,
        github_id: githubId,
        url: `https://gist.github.com/${githubId}`,
      };
    }
    distribution.github = github;
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
