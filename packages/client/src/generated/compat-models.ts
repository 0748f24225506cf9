// Generated from openapi/pieces-os-distributions.yaml by packages/client/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.
import type { ApiResponse, InitOverrideFunction } from "../compat/runtime.js";

/** Whether a share link is open to anyone (`PUBLIC`) or only to its owner (`PRIVATE`). */
export const AccessEnum = {
  Unknown: "UNKNOWN",
  Public: "PUBLIC",
  Private: "PRIVATE",
} as const;
/** Whether a share link is open to anyone (`PUBLIC`) or only to its owner (`PRIVATE`). */
export type AccessEnum = (typeof AccessEnum)[keyof typeof AccessEnum];

/** The semantic version of the model layout that Pieces OS stamps on a record. */
export const EmbeddedModelSchemaSemanticVersionEnum = {
  Unknown: "UNKNOWN",
  Major0Minor0Patch1: "MAJOR_0_MINOR_0_PATCH_1",
} as const;
/** The semantic version of the model layout that Pieces OS stamps on a record. */
export type EmbeddedModelSchemaSemanticVersionEnum = (typeof EmbeddedModelSchemaSemanticVersionEnum)[keyof typeof EmbeddedModelSchemaSemanticVersionEnum];

/** The outside service a person was found on (a GitHub user, a Slack member, a Mailgun address ...). */
export const ExternallySourcedEnum = {
  Unknown: "UNKNOWN",
  Twitter: "TWITTER",
  Medium: "MEDIUM",
  LinkedIn: "LINKED_IN",
  Instagram: "INSTAGRAM",
  Facebook: "FACEBOOK",
  Reddit: "REDDIT",
  Discord: "DISCORD",
  BitBucket: "BIT_BUCKET",
  GitLab: "GIT_LAB",
  GitHub: "GIT_HUB",
  Slack: "SLACK",
  Mailgun: "MAILGUN",
} as const;
/** The outside service a person was found on (a GitHub user, a Slack member, a Mailgun address ...). */
export type ExternallySourcedEnum = (typeof ExternallySourcedEnum)[keyof typeof ExternallySourcedEnum];

/** The migration number and semantic version that Pieces OS puts on nearly every model. */
export interface EmbeddedModelSchema {
  /** The migration this record was written under. */
  migration: number;
  semantic: EmbeddedModelSchemaSemanticVersionEnum;
}

/** A moment as an ISO 8601 date-time string (`value`), with an optional human-readable form. */
export interface GroupedTimestamp {
  schema?: EmbeddedModelSchema;
  /** The moment, as an ISO 8601 / RFC 3339 date-time string. */
  value: Date;
  /** The same moment written for people, such as "28 Nov 2026, 09:15". */
  readable?: string;
}

/** How often a record was used, searched, updated or referenced, plus a manual and an automatic score. */
export interface Score {
  schema?: EmbeddedModelSchema;
  /** A score the user set by hand. */
  manual: number;
  /** A score Pieces OS computed. */
  automatic: number;
  /** A priority weight. */
  priority?: number;
  /** How many times the record was reused. */
  reuse?: number;
  /** How many times the record was updated. */
  update?: number;
  /** How many times the record was referenced. */
  reference?: number;
  /** How many times the record came up in a search. */
  searched?: number;
}

/** The profile of a Pieces user as other records embed it. */
export interface FlattenedUserProfile {
  schema?: EmbeddedModelSchema;
  /** The user's id. */
  id: string;
  /** The user's e-mail address. */
  email?: string;
  /** The user's full name. */
  name?: string;
  /** The user's handle. */
  username?: string;
  /** The address of the user's avatar. */
  picture?: string;
  /** The user's custom share-link name. */
  vanityname?: string;
}

/** Who opened a share, from which operating system, and how many times. */
export interface Accessor {
  schema?: EmbeddedModelSchema;
  /** The accessor's id. */
  id: string;
  /** The id of the operating system the share was opened from. */
  os: string;
  /** The id of the share that was opened. */
  share: string;
  /** How many times this accessor opened the share. */
  count: number;
  user?: FlattenedUserProfile;
}

/** Every accessor of a share. */
export interface Accessors {
  schema?: EmbeddedModelSchema;
  /** The accessors. */
  iterable: Array<Accessor>;
}

/** A saved snippet of the Pieces asset graph. That graph (formats, conversations, workstream events and some 240 more models) has nothing to do with distributions, so this document describes an asset as an open object: any JSON object is accepted, and its fields are not typed here. */
export interface FlattenedAsset {
  [key: string]: any;
}

/** An asset named by its id, optionally with the asset itself. */
export interface ReferencedAsset {
  schema?: EmbeddedModelSchema;
  /** The asset's id. */
  id: string;
  reference?: FlattenedAsset;
}

/** The assets a share carries, by reference, with an optional position index and score. */
export interface FlattenedAssets {
  schema?: EmbeddedModelSchema;
  /** The assets, by reference. */
  iterable?: Array<ReferencedAsset>;
  /** The position of each asset, keyed by asset id. */
  indices?: { [key: string]: number; };
  score?: Score;
}

/** What Mailgun reported when it accepted an e-mail. */
export interface MailgunMetadata {
  schema?: EmbeddedModelSchema;
  /** The message id Mailgun gave the e-mail. */
  messageId: string;
}

/** A person a distribution goes to, known by any of an e-mail address, a name or a handle. */
export interface PersonBasicType {
  schema?: EmbeddedModelSchema;
  /** The person's handle on the service they come from. */
  username?: string;
  /** The person's full name. */
  name?: string;
  /** The address of the person's avatar. */
  picture?: string;
  /** The person's e-mail address. */
  email?: string;
  sourced?: ExternallySourcedEnum;
  /** The address of the person's profile. */
  url?: string;
  mailgun?: MailgunMetadata;
}

/** The people a distribution goes to. */
export interface Recipients {
  /** The recipients. */
  iterable: Array<PersonBasicType>;
  schema?: EmbeddedModelSchema;
}

/** A distribution sent by e-mail (through Mailgun) to its recipients. */
export interface MailgunDistribution {
  schema?: EmbeddedModelSchema;
  recipients: Recipients;
}

/** A distribution published as a GitHub gist, with the gist's id and address. */
export interface GitHubGistDistribution {
  schema?: EmbeddedModelSchema;
  recipients: Recipients;
  /** Whether the gist is public (listed) rather than secret. */
  _public: boolean;
  /** The gist's description. */
  description?: string;
  /** The gist's file name. */
  name: string;
  created: GroupedTimestamp;
  updated: GroupedTimestamp;
  deleted?: GroupedTimestamp;
  /** The id GitHub gave the gist. */
  githubId: string;
  /** The gist's address on GitHub. */
  url: string;
}

/** A distribution through GitHub; today that means a gist. */
export interface GitHubDistribution {
  schema?: EmbeddedModelSchema;
  gist?: GitHubGistDistribution;
}

/** A distribution as a share embeds it, with the share named by id instead of nested. */
export interface FlattenedDistribution {
  schema?: EmbeddedModelSchema;
  /** The distribution's id. */
  id: string;
  /** The id of the share the distribution belongs to. */
  share: string;
  created: GroupedTimestamp;
  updated: GroupedTimestamp;
  deleted?: GroupedTimestamp;
  mailgun?: MailgunDistribution;
  github?: GitHubDistribution;
}

/** A distribution named by its id, optionally with the flattened record. */
export interface ReferencedDistribution {
  schema?: EmbeddedModelSchema;
  /** The distribution's id. */
  id: string;
  reference?: FlattenedDistribution;
}

/** A share's own list of its distributions, by reference. */
export interface FlattenedDistributions {
  schema?: EmbeddedModelSchema;
  /** The distributions, by reference. */
  iterable: Array<ReferencedDistribution>;
}

/** The share a distribution belongs to: its link and short code, who may open it, who did, and the assets and distributions it carries (by reference). */
export interface FlattenedShare {
  schema?: EmbeddedModelSchema;
  /** The share's id. */
  id: string;
  /** The id of the asset shared, when the share holds one asset. */
  asset?: string;
  /** The id of the user who made the share. */
  user?: string;
  /** The share's address. */
  link: string;
  access: AccessEnum;
  accessors: Accessors;
  created: GroupedTimestamp;
  /** The short code at the end of the link. */
  _short: string;
  /** A name for the share. */
  name?: string;
  assets?: FlattenedAssets;
  distributions?: FlattenedDistributions;
  score?: Score;
}

/** One published copy of a shared snippet: the share it belongs to, when it was made, and how it went out (e-mail through `mailgun`, a gist through `github`, or both). */
export interface Distribution {
  schema?: EmbeddedModelSchema;
  /** The distribution's id (a uuid). */
  id: string;
  share: FlattenedShare;
  created: GroupedTimestamp;
  updated: GroupedTimestamp;
  deleted?: GroupedTimestamp;
  mailgun?: MailgunDistribution;
  github?: GitHubDistribution;
}

/** Every distribution Pieces OS holds, in `iterable`. */
export interface Distributions {
  /** The distributions, oldest first. */
  iterable: Array<Distribution>;
  schema?: EmbeddedModelSchema;
}

/** What to publish as a GitHub gist. Only the file name is required; `public` defaults to true. */
export interface SeededGitHubGistDistribution {
  schema?: EmbeddedModelSchema;
  recipients?: Recipients;
  /** Whether the gist is public (listed) rather than secret. */
  _public?: boolean;
  /** The gist's description. */
  description?: string;
  /** The gist's file name. */
  name: string;
}

/** What to publish on GitHub; today that means a gist. */
export interface SeededGitHubDistribution {
  schema?: EmbeddedModelSchema;
  gist?: SeededGitHubGistDistribution;
}

/** What a caller sends to create a distribution: e-mail recipients (`mailgun`), a gist (`github.gist`), or both. */
export interface SeededDistribution {
  schema?: EmbeddedModelSchema;
  mailgun?: MailgunDistribution;
  github?: SeededGitHubDistribution;
}

/** The first argument of `distributionsCreateNewDistribution`, as the official SDK declares it. */
export interface DistributionsCreateNewDistributionRequest {
  /** What to distribute and to whom. An absent body asks Pieces OS for a bare distribution. */
  seededDistribution?: SeededDistribution;
}

/** The first argument of `distributionsDeleteSpecificDistribution`, as the official SDK declares it. */
export interface DistributionsDeleteSpecificDistributionRequest {
  /** The id (a uuid) of the distribution to delete. */
  distribution: string;
}

/** The methods of the official SDK's API classes, one per operation of the document, each with its `...Raw` twin. */
export interface CompatMethods {
  /**
   * Create a distribution.
   *
   * Publishes a new distribution from a seed: e-mail recipients (`mailgun`), a GitHub gist (`github.gist`), or both. Pieces OS answers with the complete distribution it created, including its share.
   *
   * `POST /distributions/create` (`distributions_create_new_distribution`).
   */
  distributionsCreateNewDistributionRaw(requestParameters: DistributionsCreateNewDistributionRequest, initOverrides?: RequestInit | InitOverrideFunction): Promise<ApiResponse<Distribution>>;
  /**
   * Create a distribution.
   *
   * Publishes a new distribution from a seed: e-mail recipients (`mailgun`), a GitHub gist (`github.gist`), or both. Pieces OS answers with the complete distribution it created, including its share.
   *
   * `POST /distributions/create` (`distributions_create_new_distribution`).
   */
  distributionsCreateNewDistribution(requestParameters?: DistributionsCreateNewDistributionRequest, initOverrides?: RequestInit | InitOverrideFunction): Promise<Distribution>;
  /**
   * Delete a distribution.
   *
   * Removes one distribution, named by its id. Pieces OS answers with an empty body.
   *
   * `POST /distributions/{distribution}/delete` (`distributions_delete_specific_distribution`).
   */
  distributionsDeleteSpecificDistributionRaw(requestParameters: DistributionsDeleteSpecificDistributionRequest, initOverrides?: RequestInit | InitOverrideFunction): Promise<ApiResponse<void>>;
  /**
   * Delete a distribution.
   *
   * Removes one distribution, named by its id. Pieces OS answers with an empty body.
   *
   * `POST /distributions/{distribution}/delete` (`distributions_delete_specific_distribution`).
   */
  distributionsDeleteSpecificDistribution(requestParameters: DistributionsDeleteSpecificDistributionRequest, initOverrides?: RequestInit | InitOverrideFunction): Promise<void>;
  /**
   * List every distribution.
   *
   * Returns a snapshot of all the distributions Pieces OS holds, in the order they were created.
   *
   * `GET /distributions` (`distributions_snapshot`).
   */
  distributionsSnapshotRaw(initOverrides?: RequestInit | InitOverrideFunction): Promise<ApiResponse<Distributions>>;
  /**
   * List every distribution.
   *
   * Returns a snapshot of all the distributions Pieces OS holds, in the order they were created.
   *
   * `GET /distributions` (`distributions_snapshot`).
   */
  distributionsSnapshot(initOverrides?: RequestInit | InitOverrideFunction): Promise<Distributions>;
}
