/** The floors: plain `fetch` and `res.json()`, without and with a per-call timeout. */
import { deleteId, seededDistribution } from "../payloads.js";
import type { Contender } from "./types.js";

const JSON_HEADERS = { "content-type": "application/json" };
/** The timeout of the "raw fetch + timeout" contender: the client's default. */
const TIMEOUT_MS = 60_000;

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${response.url}: ${await response.text()}`);
  return response;
}

/**
 * Raw fetch; with `withTimeout`, each call carries its own AbortController and a 60 s timer that covers the
 * body as well, cleared at the end: what any caller pays in Node 20 for a call that cannot hang.
 */
function makeRaw(withTimeout: boolean): Contender["make"] {
  return ({ baseUrl, fetch: fetchImpl = globalThis.fetch }) => {
    const call = async <T>(url: string, init: RequestInit, read: (response: Response) => Promise<T>) => {
      if (!withTimeout) return read(await expectOk(await fetchImpl(url, init)));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      try {
        return await read(await expectOk(await fetchImpl(url, { ...init, signal: controller.signal })));
      } finally {
        clearTimeout(timer);
      }
    };
    const json = (response: Response): Promise<unknown> => response.json();
    const create = { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(seededDistribution) };
    const deleteUrl = `${baseUrl}/distributions/${encodeURIComponent(deleteId)}/delete`;
    return {
      snapshot: () => call(`${baseUrl}/distributions`, {}, json),
      create: () => call(`${baseUrl}/distributions/create`, create, json),
      // A 204 has no body: nothing to read (the client does not read it either).
      delete: () => call(deleteUrl, { method: "POST" }, async () => undefined),
    };
  };
}

/** The floor: `fetch` + `res.json()`, with only a status check. */
export const rawFetch: Contender = { key: "raw", label: "raw fetch + res.json()", make: makeRaw(false) };

/** The floor of a client with a timeout: the same, with a per-call AbortController and 60 s timer. */
export const rawFetchWithTimeout: Contender = {
  key: "rawTimeout",
  label: "raw fetch + timeout (AbortController, 60 s timer)",
  make: makeRaw(true),
};
