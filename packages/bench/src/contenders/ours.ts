/** Our client, `@pieces-distributions/client`. */
import { type ClientOptions, createDistributionsClient } from "@pieces-distributions/client";
import { deleteId, seededDistribution } from "../payloads.js";
import type { Contender } from "./types.js";

/** Our client with `options` added to the base URL (and the injected fetch, if any). */
function makeOurs(options: ClientOptions): Contender["make"] {
  return ({ baseUrl, fetch: fetchImpl }) => {
    const client = createDistributionsClient(
      fetchImpl === undefined ? { ...options, baseUrl } : { ...options, baseUrl, fetch: fetchImpl },
    );
    return {
      snapshot: () => client.distributionsSnapshot(),
      create: () => client.distributionsCreateNewDistribution({ seededDistribution }),
      delete: () => client.distributionsDeleteSpecificDistribution({ distribution: deleteId }),
    };
  };
}

/** Our client, `@pieces-distributions/client`, with its defaults (a 60 s timeout per attempt among them). */
export const ourClient: Contender = {
  key: "ours",
  label: "@pieces-distributions/client",
  make: makeOurs({}),
};

/**
 * Our client with `timeoutMs: 0`: no timer and no `AbortSignal` per attempt. Side by side with the
 * defaults, it shows what the default timeout costs (a Node fetch spends 15-50 µs following a signal).
 */
export const ourClientWithoutTimeout: Contender = {
  key: "oursNoTimeout",
  label: "@pieces-distributions/client, timeoutMs: 0",
  make: makeOurs({ timeoutMs: 0 }),
};
