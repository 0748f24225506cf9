/** Bare `openapi-fetch` with the models' `paths`. */
import type { paths } from "@pieces-distributions/models";
import createClient from "openapi-fetch";
import { deleteId, seededDistribution } from "../payloads.js";
import type { Contender } from "./types.js";

/** Bare `openapi-fetch` 0.17.0 with the models' `paths`, as a user would write it by hand. */
export const bareOpenapiFetch: Contender = {
  key: "openapiFetch",
  label: "bare openapi-fetch 0.17.0",
  make({ baseUrl, fetch: fetchImpl }) {
    const client = createClient<paths>(fetchImpl === undefined ? { baseUrl } : { baseUrl, fetch: fetchImpl });
    const unwrap = <T>(result: { data?: T; error?: unknown; response: Response }): T => {
      if (!result.response.ok) throw new Error(`HTTP ${result.response.status}: ${String(result.error)}`);
      return result.data as T;
    };
    return {
      snapshot: async () => unwrap(await client.GET("/distributions")),
      create: async () => unwrap(await client.POST("/distributions/create", { body: seededDistribution })),
      delete: async () =>
        unwrap(
          await client.POST("/distributions/{distribution}/delete", {
            params: { path: { distribution: deleteId } },
          }),
        ),
    };
  },
};
