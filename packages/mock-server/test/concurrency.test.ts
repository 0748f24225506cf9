import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Distributions } from "@pieces-distributions/models";
import { describe, expect, it } from "vitest";
import { api } from "./support/api.js";
import { readResponse } from "./support/documented-response.js";
import { serverForTest } from "./support/server.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const CREATES = 500;
const DELETES = 25;
/** Generous: 500 requests take about a second alone, but much longer while the whole repository tests in parallel. */
const TIMEOUT_MS = 120_000;

/** Sends `count` creates at once and returns each answer's status and id. */
async function createAtOnce(baseUrl: string, count: number): Promise<{ status: number; id: string }[]> {
  const client = api(baseUrl);
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const response = await client.create({ github: { gist: { name: `file-${index}.ts` } } });
      const read = await readResponse(response);
      return {
        status: read.status,
        id: read.status === 200 ? (JSON.parse(read.text) as { id: string }).id : "",
      };
    }),
  );
}

describe.each([
  ["in memory", async (): Promise<{ dataFile?: string }> => ({})],
  ["with a data file", async () => ({ dataFile: path.join(await temporaryDirectory(), "data.json") })],
])("concurrency (%s)", (_store, options) => {
  it(
    `${CREATES} concurrent creates, then a snapshot: exactly ${CREATES} distributions with unique ids`,
    async () => {
      const serverOptions = await options();
      const server = await serverForTest(serverOptions);
      const answers = await createAtOnce(server.url, CREATES);
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(CREATES);
      const ids = await api(server.url).ids();
      expect(ids).toHaveLength(CREATES);
      expect(new Set(ids).size).toBe(CREATES);
      expect(new Set(ids)).toEqual(new Set(answers.map((answer) => answer.id)));
      if (serverOptions.dataFile !== undefined) {
        const saved = JSON.parse(await readFile(serverOptions.dataFile, "utf8")) as Distributions;
        expect(saved.iterable.map((distribution) => distribution.id)).toEqual(ids);
      }
    },
    TIMEOUT_MS,
  );

  it(
    `${DELETES} concurrent deletes of one id delete it once: one 204, the others 500 not found`,
    async () => {
      const server = await serverForTest(await options());
      const client = api(server.url);
      const [doomed, kept] = [await client.created({}), await client.created({})];
      const answers = await Promise.all(
        Array.from({ length: DELETES }, async () => readResponse(await client.delete(doomed.id))),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([204, ...Array<number>(DELETES - 1).fill(500)]);
      for (const answer of answers.filter((each) => each.status === 500)) {
        expect(answer.text).toBe(`distribution not found: ${doomed.id}`);
      }
      expect(await client.ids()).toEqual([kept.id]);
    },
    TIMEOUT_MS,
  );
});
