/**
 * The contenders: four ways a user could call the same three endpoints, the floor first.
 */
import { officialSdk } from "./official.js";
import { bareOpenapiFetch } from "./openapi-fetch.js";
import { ourClient } from "./ours.js";
import { rawFetch } from "./raw-fetch.js";
import type { Contender } from "./types.js";

export type { Contender, ContenderCalls, ContenderKey, ContenderOptions } from "./types.js";
export { bareOpenapiFetch, officialSdk, ourClient, rawFetch };

/** Every contender, the floor first. */
export const contenders: readonly Contender[] = [rawFetch, ourClient, bareOpenapiFetch, officialSdk];
