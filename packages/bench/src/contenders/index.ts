/**
 * The contenders: the ways a user could call the same three endpoints, the floor first, and our client
 * both with its defaults and without its timeout.
 */
import { officialSdk } from "./official.js";
import { bareOpenapiFetch } from "./openapi-fetch.js";
import { ourClient, ourClientWithoutTimeout } from "./ours.js";
import { rawFetch, rawFetchWithTimeout } from "./raw-fetch.js";
import type { Contender } from "./types.js";

export type { Contender, ContenderCalls, ContenderKey, ContenderOptions } from "./types.js";
export { bareOpenapiFetch, officialSdk, ourClient, ourClientWithoutTimeout, rawFetch, rawFetchWithTimeout };

/** Every contender, the floor first. */
export const contenders: readonly Contender[] = [
  rawFetch,
  rawFetchWithTimeout,
  ourClient,
  ourClientWithoutTimeout,
  bareOpenapiFetch,
  officialSdk,
];
