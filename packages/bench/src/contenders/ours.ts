/** Our client, `@pieces-distributions/client`. */
import { createDistributionsClient } from "@pieces-distributions/client";
import { deleteId, seededDistribution } from "../payloads.js";
import type { Contender } from "./types.js";

/** Our client, `@pieces-distributions/client`, with its defaults. */
export const ourClient: Contender = {
  key: "ours",
  label: "@pieces-distributions/client",
  make({ baseUrl, fetch: fetchImpl }) {
    const client = createDistributionsClient(
      fetchImpl === undefined ? { baseUrl } : { baseUrl, fetch: fetchImpl },
    );
    return {
      snapshot: () => client.distributionsSnapshot(),
      create: () => client.distributionsCreateNewDistribution({ seededDistribution }),
      delete: () => client.distributionsDeleteSpecificDistribution({ distribution: deleteId }),
    };
  },
};
