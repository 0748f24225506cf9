/** The official Pieces SDK. */
import { Configuration, DistributionsApi, type SeededDistribution } from "@pieces.app/pieces-os-client";
import { deleteId } from "../payloads.js";
import type { Contender } from "./types.js";

/** The official SDK, `@pieces.app/pieces-os-client` 4.1.0 (openapi-generator typescript-fetch). */
export const officialSdk: Contender = {
  key: "official",
  label: "official @pieces.app/pieces-os-client 4.1.0",
  make({ baseUrl, fetch: fetchImpl }) {
    const api = new DistributionsApi(
      new Configuration(
        fetchImpl === undefined ? { basePath: baseUrl } : { basePath: baseUrl, fetchApi: fetchImpl },
      ),
    );
    // Its own type renames `public` to `_public`; its serialiser writes `public` on the wire.
    const seeded: SeededDistribution = {
      github: {
        gist: {
          name: "debounce.ts",
          description: "A typed debounce helper",
          _public: true,
          recipients: { iterable: [{ username: "octocat", sourced: "GIT_HUB" }] },
        },
      },
    };
    return {
      snapshot: () => api.distributionsSnapshot(),
      create: () => api.distributionsCreateNewDistribution({ seededDistribution: seeded }),
      delete: () => api.distributionsDeleteSpecificDistribution({ distribution: deleteId }),
    };
  },
};
