/**
 * The contenders: the ways a user could call the same three endpoints. Raw `fetch` without and with a
 * per-call timeout are the floors; our client runs with its defaults and with `timeoutMs: 0`. They share
 * one process and the global `fetch`, unless given one (the decoding benchmark answers from memory).
 */

import { Configuration, DistributionsApi, SeededDistributionFromJSON } from "@pieces.app/pieces-os-client";
import { type ClientOptions, createDistributionsClient } from "@pieces-distributions/client";
import type { paths } from "@pieces-distributions/models";
import createClient from "openapi-fetch";
import { deleteId, seededDistribution } from "./payloads.js";

/** A contender's three calls, each resolving with the decoded answer (delete: once its 204 is in). */
export type Calls = Record<"snapshot" | "create" | "delete", () => Promise<unknown>>;

/** Builds a contender's calls against a base URL (with its `/nN` prefix), through `fetchImpl` if given. */
export type MakeCalls = (baseUrl: string, fetchImpl?: typeof fetch) => Calls;

const JSON_HEADERS = { "content-type": "application/json" };

async function expectOk(response: Response): Promise<Response> {
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${response.url}: ${await response.text()}`);
  return response;
}

/**
 * `fetch` + `res.json()` with a status check. With `withTimeout`, each call has its own AbortController and
 * 60 s timer (the client's default) covering the body too, cleared after it: what any caller of Node 20's
 * `fetch` pays for a call that cannot hang.
 */
export function rawFetch(withTimeout: boolean): MakeCalls {
  return (baseUrl, fetchImpl = globalThis.fetch) => {
    const call = async (url: string, init: RequestInit, read: (response: Response) => Promise<unknown>) => {
      if (!withTimeout) return read(await expectOk(await fetchImpl(url, init)));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
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

/** Our client, `@pieces-distributions/client`, with `options`. */
export function ourClient(options: ClientOptions): MakeCalls {
  return (baseUrl, fetchImpl) => {
    const client = createDistributionsClient({ ...options, baseUrl, fetch: fetchImpl });
    return {
      snapshot: () => client.distributionsSnapshot(),
      create: () => client.distributionsCreateNewDistribution({ seededDistribution }),
      delete: () => client.distributionsDeleteSpecificDistribution({ distribution: deleteId }),
    };
  };
}

/** Bare `openapi-fetch` 0.17.0 with the models' `paths`, as a user would write it by hand. */
export const bareOpenapiFetch: MakeCalls = (baseUrl, fetchImpl) => {
  const client = createClient<paths>({ baseUrl, ...(fetchImpl && { fetch: fetchImpl }) });
  const unwrap = <T>(result: { data?: T; error?: unknown; response: Response }): T => {
    if (!result.response.ok) throw new Error(`HTTP ${result.response.status}: ${String(result.error)}`);
    return result.data as T;
  };
  const deleteParams = { params: { path: { distribution: deleteId } } };
  return {
    snapshot: async () => unwrap(await client.GET("/distributions")),
    create: async () => unwrap(await client.POST("/distributions/create", { body: seededDistribution })),
    delete: async () => unwrap(await client.POST("/distributions/{distribution}/delete", deleteParams)),
  };
};

/** The official SDK, `@pieces.app/pieces-os-client` 4.1.0 (openapi-generator's typescript-fetch). */
export const officialSdk: MakeCalls = (baseUrl, fetchImpl) => {
  const config = new Configuration({ basePath: baseUrl, ...(fetchImpl && { fetchApi: fetchImpl }) });
  const api = new DistributionsApi(config);
  // Its types name `public` `_public`; its serialiser writes `public` on the wire again.
  const seeded = SeededDistributionFromJSON(seededDistribution);
  return {
    snapshot: () => api.distributionsSnapshot(),
    create: () => api.distributionsCreateNewDistribution({ seededDistribution: seeded }),
    delete: () => api.distributionsDeleteSpecificDistribution({ distribution: deleteId }),
  };
};

/** Every contender by key and label, in the order the tables list them: the floors first. */
export const contenders: readonly { key: string; label: string; make: MakeCalls }[] = [
  { key: "raw", label: "raw fetch + res.json()", make: rawFetch(false) },
  { key: "rawTimeout", label: "raw fetch + timeout (AbortController, 60 s timer)", make: rawFetch(true) },
  { key: "ours", label: "@pieces-distributions/client", make: ourClient({}) },
  {
    key: "oursNoTimeout",
    label: "@pieces-distributions/client, timeoutMs: 0",
    make: ourClient({ timeoutMs: 0 }),
  },
  { key: "openapiFetch", label: "bare openapi-fetch 0.17.0", make: bareOpenapiFetch },
  { key: "official", label: "official @pieces.app/pieces-os-client 4.1.0", make: officialSdk },
];
