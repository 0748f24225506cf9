/** The floor: plain `fetch` and `res.json()`. */
import { deleteId, seededDistribution } from "../payloads.js";
import type { Contender } from "./types.js";

const JSON_HEADERS = { "content-type": "application/json" };

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${response.url}: ${await response.text()}`);
  return response;
}

/** The floor: `fetch` + `res.json()`, with only a status check. */
export const rawFetch: Contender = {
  key: "raw",
  label: "raw fetch + res.json()",
  make({ baseUrl, fetch: fetchImpl = globalThis.fetch }) {
    const snapshotUrl = `${baseUrl}/distributions`;
    const createUrl = `${baseUrl}/distributions/create`;
    const deleteUrl = `${baseUrl}/distributions/${encodeURIComponent(deleteId)}/delete`;
    return {
      snapshot: async () => (await expectOk(await fetchImpl(snapshotUrl))).json(),
      create: async () =>
        (
          await expectOk(
            await fetchImpl(createUrl, {
              method: "POST",
              headers: JSON_HEADERS,
              body: JSON.stringify(seededDistribution),
            }),
          )
        ).json(),
      delete: async () => {
        const response = await expectOk(await fetchImpl(deleteUrl, { method: "POST" }));
        await response.arrayBuffer();
        return undefined;
      },
    };
  },
};
