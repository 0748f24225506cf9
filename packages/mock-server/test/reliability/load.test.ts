import path from "node:path";
import type { Distribution } from "@pieces-distributions/models";
import { describe, expect, it, onTestFinished } from "vitest";
import { type MockServerOptions, startMockServer } from "../../src/index.js";
import { undocumentedReason } from "./support/documented-answer.js";
import { FUZZ_SEED } from "./support/fuzz-seed.js";
import { seededRandom } from "./support/seeded-random.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const CLIENTS = 64;

/** What one simulated client did, in the order its answers arrived. */
interface ClientLog {
  /** Ids it created and has not deleted, oldest first. */
  readonly live: string[];
  creates: number;
  deletes: number;
  snapshots: number;
  refusals: number;
}

async function readAnswer(response: Response) {
  const contentType = response.headers.get("content-type");
  return {
    status: response.status,
    mediaType: contentType === null ? null : (contentType.split(";", 1)[0]?.trim() ?? null),
    text: await response.text(),
  };
}

/**
 * One client: until the deadline, a random mix of creates, snapshots, deletes of its own distributions and
 * deletes of ids already gone. Every answer must be the documented one for what it asked, and every
 * snapshot must show its own acknowledged writes (read your writes).
 */
async function runClient(url: string, index: number, deadline: number): Promise<ClientLog> {
  const random = seededRandom(FUZZ_SEED + index);
  const log: ClientLog = { live: [], creates: 0, deletes: 0, snapshots: 0, refusals: 0 };
  const gone: string[] = [];
  while (performance.now() < deadline) {
    const roll = random.next();
    if (roll < 0.45 || log.live.length === 0) {
      const response = await fetch(`${url}/distributions/create`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ github: { gist: { name: `client-${index}-${log.creates}.ts` } } }),
      });
      const answer = await readAnswer(response);
      expect(undocumentedReason("distributions_create_new_distribution", answer)).toBeNull();
      expect(answer.status, answer.text).toBe(200);
      log.live.push((JSON.parse(answer.text) as Distribution).id);
      log.creates += 1;
    } else if (roll < 0.7) {
      const answer = await readAnswer(await fetch(`${url}/distributions`));
      expect(undocumentedReason("distributions_snapshot", answer)).toBeNull();
      const ids = new Set(
        (JSON.parse(answer.text) as { iterable: Distribution[] }).iterable.map((d) => d.id),
      );
      for (const id of log.live) expect(ids.has(id), `client ${index} sees its own ${id}`).toBe(true);
      for (const id of gone) expect(ids.has(id), `client ${index} no longer sees ${id}`).toBe(false);
      log.snapshots += 1;
    } else if (roll < 0.95 || gone.length === 0) {
      const id = log.live.splice(random.integer(0, log.live.length - 1), 1)[0] ?? "";
      const answer = await readAnswer(
        await fetch(`${url}/distributions/${encodeURIComponent(id)}/delete`, { method: "POST" }),
      );
      expect(undocumentedReason("distributions_delete_specific_distribution", answer)).toBeNull();
      expect(answer.status, answer.text).toBe(204);
      gone.push(id);
      log.deletes += 1;
    } else {
      const id = random.pick(gone);
      const answer = await readAnswer(
        await fetch(`${url}/distributions/${encodeURIComponent(id)}/delete`, { method: "POST" }),
      );
      expect(undocumentedReason("distributions_delete_specific_distribution", answer)).toBeNull();
      expect(answer.status).toBe(500);
      expect(answer.text).toContain(id);
      log.refusals += 1;
    }
  }
  return log;
}

/** Runs the clients against a server, then checks the final snapshot against the model of what they did. */
async function loadRun(options: MockServerOptions, seconds: number): Promise<Distribution[]> {
  const server = await startMockServer({ port: 0, ...options });
  onTestFinished(() => server.close());
  const deadline = performance.now() + seconds * 1000;
  const logs = await Promise.all(
    Array.from({ length: CLIENTS }, (_, index) => runClient(server.url, index, deadline)),
  );

  const answer = await readAnswer(await fetch(`${server.url}/distributions`));
  expect(undocumentedReason("distributions_snapshot", answer)).toBeNull();
  const final = (JSON.parse(answer.text) as { iterable: Distribution[] }).iterable;
  const finalIds = final.map((distribution) => distribution.id);
  const expected = logs.flatMap((log) => log.live);
  expect(new Set(finalIds).size, "no distribution is listed twice").toBe(finalIds.length);
  expect([...finalIds].sort(), "the snapshot is exactly what the clients created and did not delete").toEqual(
    [...expected].sort(),
  );
  // Each client's surviving distributions keep the order it created them in.
  for (const log of logs) {
    const positions = log.live.map((id) => finalIds.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }
  const total = (key: "creates" | "deletes" | "snapshots" | "refusals") =>
    logs.reduce((sum, log) => sum + log[key], 0);
  console.log(
    `load (${options.dataFile === undefined ? "memory" : "data file"}, ${CLIENTS} clients, ${seconds} s): ` +
      `${total("creates")} creates, ${total("deletes")} deletes, ${total("snapshots")} snapshots, ` +
      `${total("refusals")} refused deletes; ${final.length} distributions at the end`,
  );
  expect(total("creates")).toBeGreaterThan(CLIENTS);
  return final;
}

describe(`load: ${CLIENTS} concurrent clients of mixed create/snapshot/delete`, () => {
  it("in memory: every answer documented and as expected, and the final snapshot equals the clients' model", async () => {
    await loadRun({}, 3);
  });

  it("with a data file: the same, and a restart on that file answers the same snapshot", async () => {
    const dataFile = path.join(await temporaryDirectory(), "distributions.json");
    const final = await loadRun({ dataFile }, 2);
    const restarted = await startMockServer({ port: 0, dataFile });
    onTestFinished(() => restarted.close());
    const answer = await fetch(`${restarted.url}/distributions`);
    expect(((await answer.json()) as { iterable: Distribution[] }).iterable).toEqual(final);
  });
});
