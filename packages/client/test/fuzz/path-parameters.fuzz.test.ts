import {
  buildDistribution,
  createMemoryStore,
  type DistributionStore,
  startMockServer,
} from "@pieces-distributions/mock-server";
import type { Distribution } from "@pieces-distributions/models";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  ApiError,
  createDistributionsClient,
  type DistributionsClient,
  InvalidArgumentError,
} from "../../src/index.js";

/** This file's seed: FUZZ_SEED replays a failure; printed so that any run can be replayed. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Math.random() * 2 ** 31) | 0;
console.log(`fast-check seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
const RUNS = 300;
/**
 * The property stops after this long even if fewer than RUNS ran (it prints how many did); its test's budget
 * is three times that, so a property cut short always finishes, and closes its server, inside its own test.
 */
const PROPERTY_TIME_LIMIT_MS = 20_000;
const PROPERTY_TEST_BUDGET_MS = 3 * PROPERTY_TIME_LIMIT_MS;

/** Ids a URL could mangle: separators, dot segments, query and fragment marks, escapes, Unicode, NUL. */
const awkward = fc.constantFrom(
  "/",
  ".",
  "..",
  "?",
  "#",
  "%",
  "%2F",
  "%2e",
  "%25",
  "&",
  "=",
  "+",
  " ",
  "\\",
  ";",
  "é",
  "😀",
  "\u0000",
  "a",
);
const tenKilobytes = fc.array(fc.tuple(fc.nat(10_239), awkward), { maxLength: 20 }).map((edits) => {
  const characters = Array.from({ length: 10_240 }, () => "a");
  for (const [at, text] of edits) characters[at] = text;
  return characters.join("");
});

/** A fuzzed id that prints short in failure reports (a 10 KB id would flood them). */
class FuzzId {
  constructor(readonly value: string) {}
  [fc.toStringMethod](): string {
    const shown = JSON.stringify(this.value);
    return shown.length <= 120
      ? shown
      : `${shown.slice(0, 60)}... (${this.value.length} UTF-16 units, ${JSON.stringify(this.value.replace(/a+/g, "a…"))})`;
  }
}

/** Any string id: Unicode (graphemes, any code point, lone surrogates), awkward mixes, 10 KB. */
const anyId = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    // Lone surrogates: JavaScript strings that no URL (UTF-8) can carry.
    fc.string({ unit: fc.constantFrom("\ud800", "\udfff", "\ud83d", "a", "😀"), minLength: 1, maxLength: 6 }),
    fc.string({ unit: awkward, maxLength: 12 }),
    fc.constantFrom(
      "",
      ".",
      "..",
      "...",
      "../create",
      "..%2Fcreate",
      "?x=1",
      "#top",
      "%",
      "create",
      "x/delete",
    ),
    tenKilobytes,
  )
  .map((id) => new FuzzId(id));

/** Whether `text` has no lone surrogate (so that it has a UTF-8 form a URL can carry). */
const isWellFormed = (text: string) =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** Distributions near `id` (prefix, suffix, encoded form, siblings of the route): none may ever be touched. */
function neighboursOf(id: string): string[] {
  const candidates = ["create", "delete", "x", `${id}/`, `/${id}`, `${id}x`, `x${id}`, id.slice(0, -1)];
  if (isWellFormed(id)) candidates.push(encodeURIComponent(id));
  return [...new Set(candidates)].filter((candidate) => candidate !== id && candidate !== "");
}

const distributionWithId = (id: string): Distribution => ({ ...buildDistribution({}), id });

/** A mock server of one test's own, whose store the test swaps, recording what the delete route was asked to remove. */
interface RecordingServer {
  readonly client: DistributionsClient;
  /** Every id the delete route asked the store to remove since the last `reset`. */
  readonly removed: string[];
  /** The mock's log lines (`METHOD target -> status[ message]`) since the last `reset`. */
  readonly requests: string[];
  /** Empties the records and gives the server a fresh store holding `distributions`; returns that store. */
  reset(distributions: readonly Distribution[]): DistributionStore;
}

/**
 * Starts a mock server for the current test only, closed (and awaited) when that test finishes: a test
 * that times out cannot write into the next test's records, because the next test has records of its own.
 */
async function startRecordingServer(): Promise<RecordingServer> {
  let inner: DistributionStore = createMemoryStore();
  const removed: string[] = [];
  const requests: string[] = [];
  const store: DistributionStore = {
    list: () => inner.list(),
    add: (distribution) => inner.add(distribution),
    remove: (id) => {
      removed.push(id);
      return inner.remove(id);
    },
    close: async () => {},
  };
  const server = await startMockServer({ port: 0, store, log: (line) => requests.push(line) });
  onTestFinished(() => server.close());
  return {
    client: createDistributionsClient({ baseUrl: server.url, timeoutMs: 5000 }),
    removed,
    requests,
    reset(distributions) {
      removed.length = 0;
      requests.length = 0;
      inner = createMemoryStore(distributions);
      return inner;
    },
  };
}

describe("path parameters under fuzzing: a delete reaches exactly the id it names, against the mock server", () => {
  it(
    "deletes exactly that id (204) or answers 500 not found for exactly that id; never touches a neighbour",
    async () => {
      const { client, removed, requests, reset } = await startRecordingServer();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(anyId, fc.boolean(), async ({ value: id }, planted) => {
          runs += 1;
          const neighbours = neighboursOf(id);
          const inner = reset([...(planted ? [id] : []), ...neighbours].map(distributionWithId));

          let outcome: { ok: true } | { ok: false; error: unknown };
          try {
            await client.distributionsDeleteSpecificDistribution({ distribution: id });
            outcome = { ok: true };
          } catch (error) {
            outcome = { ok: false, error };
          }
          const left = (await inner.list()).map((distribution) => distribution.id);

          if (id === "" || id === "." || id === ".." || !isWellFormed(id)) {
            // Ids a URL cannot carry as one segment are refused before anything is sent, naming the parameter.
            expect(outcome.ok).toBe(false);
            const error = (outcome as { error: unknown }).error;
            expect(error, `${JSON.stringify(id)}: ${String(error)}`).toBeInstanceOf(InvalidArgumentError);
            expect((error as Error).message).toContain("distribution");
            expect(requests, "nothing was sent").toEqual([]);
            expect(left).toEqual([...(planted ? [id] : []), ...neighbours]);
            return;
          }

          // The mock logs `METHOD target -> status[ message]` for each request it answers.
          expect(
            requests.map((line) => line.split(" -> ", 1)[0]),
            "exactly one request, to the delete route, with the id as one encoded segment",
          ).toEqual([`POST /distributions/${encodeURIComponent(id)}/delete`]);
          expect(requests[0]?.split(" -> ")[1]?.slice(0, 3)).toBe(planted ? "204" : "500");
          expect(removed, "the route was asked to remove exactly this id").toEqual([id]);
          expect(left, "no other distribution changed").toEqual(neighbours);
          if (planted) {
            expect(outcome.ok, String((outcome as { error?: unknown }).error)).toBe(true);
          } else {
            const error = (outcome as { error: unknown }).error;
            expect(error).toBeInstanceOf(ApiError);
            expect((error as ApiError).status).toBe(500);
            expect((error as ApiError).bodyText).toBe(`distribution not found: ${id}`);
          }
        }),
        { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS, verbose: 1 },
      );
      console.log(`path-parameter property: ${runs} runs (at most ${RUNS}) with seed ${SEED}`);
    },
    PROPERTY_TEST_BUDGET_MS,
  );

  it.each([
    ["empty", ""],
    ["a dot", "."],
    ["two dots", ".."],
    ["a lone high surrogate", "a\ud800"],
    ["a lone low surrogate", "\udfffz"],
  ])("an id that is %s is refused with InvalidArgumentError before anything is sent", async (_what, id) => {
    const { client, requests } = await startRecordingServer();
    let error: unknown;
    try {
      await client.distributionsDeleteSpecificDistribution({ distribution: id });
    } catch (caught) {
      error = caught;
    }
    expect(error, String(error)).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain("distribution");
    expect(requests).toEqual([]);
  });

  it("an id whose encoding exceeds the server's 16 KB request-line limit is refused (431), never misrouted", async () => {
    const { client, removed, reset } = await startRecordingServer();
    const id = "%/😀".repeat(2000);
    const inner = reset(["x", id.slice(0, 100)].map(distributionWithId));
    const error = await client.distributionsDeleteSpecificDistribution({ distribution: id }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(431);
    expect(removed).toEqual([]);
    expect((await inner.list()).map((distribution) => distribution.id)).toEqual(["x", id.slice(0, 100)]);
  });
});
