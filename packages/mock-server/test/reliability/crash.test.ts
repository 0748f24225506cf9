import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Distribution } from "@pieces-distributions/models";
import { validateDistributions } from "@pieces-distributions/models/validators";
import { describe, expect, it } from "vitest";
import { FUZZ_SEED } from "./support/fuzz-seed.js";
import { startMockProcess } from "./support/mock-process.js";
import { type SeededRandom, seededRandom } from "./support/seeded-random.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const ROUNDS = 10;
const WRITERS = 4;
/** A write or snapshot still unanswered after this long fails the test (a hang guard, far above a write's time). */
const WRITE_TIMEOUT_MS = 30_000;
/** Each round kills the server once 1 to this many of its writes were acknowledged (a random number). */
const MAX_ACKS_BEFORE_KILL = 12;

/** One write a test writer sent: a create (of a gist named `name`) or the delete of `name`'s distribution. */
interface Write {
  readonly kind: "create" | "delete";
  readonly name: string;
  readonly sentAt: number;
  /** When its answer arrived; `null` while in flight, and for good once the server was killed under it. */
  ackedAt: number | null;
}

/** What the test knows for sure: the distributions whose existence is acknowledged, by gist name. */
interface Model {
  /** Gist name -> id of every distribution acknowledged (or found after a restart) and not deleted since. */
  readonly live: Map<string, string>;
  /** When each distribution's create was sent and acknowledged (`Infinity` if never acknowledged). */
  readonly created: Map<string, { sentAt: number; ackedAt: number }>;
}

const gistName = (distribution: Distribution) => distribution.github?.gist?.name ?? "(no gist)";

/**
 * Checks the restarted server's store against what was acknowledged before the kill: every acknowledged
 * distribution is there (unless a delete of it was in flight), everything there was acknowledged or in
 * flight, the order respects acknowledged creation order, and the file on disk is the snapshot itself.
 * Then folds what survived of the in-flight writes into the model.
 */
async function verifyAfterRestart(url: string, dataFile: string, model: Model, writes: readonly Write[]) {
  const answer = await fetch(`${url}/distributions`, { signal: AbortSignal.timeout(WRITE_TIMEOUT_MS) });
  expect(answer.status).toBe(200);
  const snapshot = (await answer.json()) as { iterable: Distribution[] };
  // The file appears with the first write that lands; a kill before that leaves none (an empty store).
  const onDisk: unknown = existsSync(dataFile)
    ? JSON.parse(await readFile(dataFile, "utf8"))
    : { iterable: [] };
  expect(validateDistributions(onDisk).ok, "the data file is a complete Distributions document").toBe(true);
  expect(onDisk).toEqual(snapshot);

  const present = new Map(snapshot.iterable.map((distribution) => [gistName(distribution), distribution.id]));
  expect(present.size, "no distribution appears twice").toBe(snapshot.iterable.length);
  const inFlight = writes.filter((write) => write.ackedAt === null);
  const inFlightCreates = new Set(
    inFlight.filter((write) => write.kind === "create").map((write) => write.name),
  );
  const inFlightDeletes = new Set(
    inFlight.filter((write) => write.kind === "delete").map((write) => write.name),
  );

  for (const [name, id] of model.live) {
    if (inFlightDeletes.has(name)) continue;
    expect(present.get(name), `acknowledged distribution ${name} survived the crash`).toBe(id);
  }
  for (const name of present.keys()) {
    expect(
      model.live.has(name) || inFlightCreates.has(name),
      `${name} is there because it was acknowledged, or in flight when the server was killed`,
    ).toBe(true);
  }
  // Creation order: a distribution whose create was acknowledged before another's was sent comes first.
  let earliestLaterAck = Number.POSITIVE_INFINITY;
  for (const distribution of [...snapshot.iterable].reverse()) {
    const times = model.created.get(gistName(distribution));
    expect(times).toBeDefined();
    if (times === undefined) continue;
    expect(times.sentAt, `${gistName(distribution)} is listed in creation order`).toBeLessThanOrEqual(
      earliestLaterAck,
    );
    earliestLaterAck = Math.min(earliestLaterAck, times.ackedAt);
  }

  model.live.clear();
  for (const [name, id] of present) model.live.set(name, id);
}

/**
 * Writers stream creates and deletes at the server until it is killed; returns every write they sent. The
 * kill comes once a random number of this round's writes were acknowledged, after a random few milliseconds
 * more (so it lands in the middle of writes): counted in writes, not in wall time, so that a loaded machine,
 * where each write takes longer, still sees writes between kills.
 */
async function streamWritesUntilKilled(
  url: string,
  model: Model,
  random: SeededRandom,
  round: number,
  kill: () => void,
): Promise<Write[]> {
  const writes: Write[] = [];
  const deleting = new Set<string>();
  let killed = false;
  let counter = 0;
  const killAfterAcks = random.integer(1, MAX_ACKS_BEFORE_KILL);
  let acks = 0;
  let enoughAcks: () => void = () => {};
  const acknowledgedEnough = new Promise<void>((resolve) => {
    enoughAcks = resolve;
  });
  /** Marks `write` acknowledged now and returns when; the kill comes once enough were. */
  const acknowledge = (write: Write): number => {
    const ackedAt = performance.now();
    write.ackedAt = ackedAt;
    acks += 1;
    if (acks >= killAfterAcks) enoughAcks();
    return ackedAt;
  };

  const writer = async (writerIndex: number) => {
    while (!killed) {
      const candidates = [...model.live.keys()].filter((name) => !deleting.has(name));
      const kind = candidates.length > 0 && random.next() < 0.3 ? "delete" : "create";
      const name = kind === "delete" ? random.pick(candidates) : `r${round}-w${writerIndex}-${counter++}`;
      const write: Write = { kind, name, sentAt: performance.now(), ackedAt: null };
      writes.push(write);
      try {
        if (kind === "create") {
          model.created.set(name, { sentAt: write.sentAt, ackedAt: Number.POSITIVE_INFINITY });
          const response = await fetch(`${url}/distributions/create`, {
            method: "POST",
            signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ github: { gist: { name } } }),
          });
          const text = await response.text();
          expect(response.status, text).toBe(200);
          model.created.set(name, { sentAt: write.sentAt, ackedAt: acknowledge(write) });
          model.live.set(name, (JSON.parse(text) as Distribution).id);
        } else {
          deleting.add(name);
          const id = model.live.get(name) ?? "";
          const response = await fetch(`${url}/distributions/${encodeURIComponent(id)}/delete`, {
            method: "POST",
            signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
          });
          const text = await response.text();
          expect(response.status, text).toBe(204);
          acknowledge(write);
          model.live.delete(name);
          deleting.delete(name);
        }
      } catch (error) {
        // Failing is only allowed once the server has been killed; the write then stays in flight.
        if (!killed) throw error;
      }
    }
  };

  const running = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
  // A writer that fails while the server is alive ends the round at once (its error is the test's).
  await Promise.race([acknowledgedEnough, running]);
  await new Promise((resolve) => setTimeout(resolve, random.integer(0, 20)));
  killed = true;
  kill();
  await running;
  return writes;
}

describe("crash safety with a data file: SIGKILL at random points during a stream of writes", () => {
  it(`after each of ${ROUNDS} kills and restarts the store holds every acknowledged write, nothing half-written, in order`, async () => {
    const random = seededRandom(FUZZ_SEED);
    const dataFile = path.join(await temporaryDirectory(), "distributions.json");
    const model: Model = { live: new Map(), created: new Map() };
    let previousWrites: Write[] = [];
    let acknowledged = 0;
    let inFlightAtKill = 0;

    for (let round = 0; round <= ROUNDS; round += 1) {
      const server = await startMockProcess(["--data-file", dataFile]);
      if (round > 0) await verifyAfterRestart(server.url, dataFile, model, previousWrites);
      if (round === ROUNDS) {
        server.child.kill("SIGTERM");
        expect(await server.exited).toEqual({ code: 0, signal: null });
        break;
      }
      previousWrites = await streamWritesUntilKilled(server.url, model, random, round, () =>
        server.child.kill("SIGKILL"),
      );
      expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" });
      acknowledged += previousWrites.filter((write) => write.ackedAt !== null).length;
      inFlightAtKill += previousWrites.filter((write) => write.ackedAt === null).length;
    }

    const leftovers = (await readdir(path.dirname(dataFile))).filter((file) => file.endsWith(".tmp"));
    console.log(
      `crash test: ${acknowledged} acknowledged writes, ${inFlightAtKill} in flight at ${ROUNDS} kills, ` +
        `${model.live.size} distributions at the end, ${leftovers.length} temporary files left by cut-off writes`,
    );
    expect(acknowledged, "every round acknowledged writes before its kill").toBeGreaterThanOrEqual(ROUNDS);
  }, 240_000); // 11 process starts: 4.4 s alone, 11 s in a cold `pnpm test`, 21.5 s beside a second one, 123 s at a load average of 25 (2 cores)
});
