import type { Distribution, Distributions } from "@pieces-distributions/models";
import { expectDocumented } from "./documented-response.js";

/** The three operations over plain `fetch`, each response checked against the document. */
export function api(baseUrl: string) {
  return {
    /** POSTs a seed (a value sent as JSON, or raw text with its content type) to the create operation. */
    async create(body?: unknown, init: { contentType?: string; raw?: string } = {}): Promise<Response> {
      const text = init.raw ?? (body === undefined ? undefined : JSON.stringify(body));
      return fetch(`${baseUrl}/distributions/create`, {
        method: "POST",
        ...(text === undefined ? {} : { body: text }),
        headers: text === undefined ? {} : { "content-type": init.contentType ?? "application/json" },
      });
    },
    /** Creates a distribution and returns it, failing the test unless the answer is a documented 200. */
    async created(seed?: unknown): Promise<Distribution> {
      const response = await this.create(seed);
      if (response.status !== 200)
        throw new Error(`create answered ${response.status}: ${await response.text()}`);
      return (await expectDocumented("distributions_create_new_distribution", response)) as Distribution;
    },
    /** POSTs to the delete operation; `id` is percent-encoded the way the client does it. */
    delete(id: string): Promise<Response> {
      return fetch(`${baseUrl}/distributions/${encodeURIComponent(id)}/delete`, { method: "POST" });
    },
    /** GETs the snapshot and returns it, failing the test unless the answer is a documented 200. */
    async snapshot(): Promise<Distributions> {
      const response = await fetch(`${baseUrl}/distributions`);
      return (await expectDocumented("distributions_snapshot", response)) as Distributions;
    },
    /** The ids of the snapshot, in its order. */
    async ids(): Promise<string[]> {
      return (await this.snapshot()).iterable.map((distribution) => distribution.id);
    },
  };
}
