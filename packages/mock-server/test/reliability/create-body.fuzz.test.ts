import type { Distribution } from "@pieces-distributions/models";
import { validateSeededDistribution } from "@pieces-distributions/models/validators";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { startMockServer } from "../../src/index.js";
import { undocumentedReason } from "./support/documented-answer.js";
import { fuzzParameters } from "./support/fuzz-seed.js";
import { type RawAnswer, rawSender } from "./support/raw-request.js";
import { bodyBytes, contentTypes, jsonBody } from "./support/seed-arbitraries.js";

const RUNS = 250;
const encode = (text: string) => new TextEncoder().encode(text);

/** Whether the document lets the mock accept these bytes as a create body, and why not when it does not. */
function acceptable(
  body: Uint8Array,
  contentType: string | undefined,
): { ok: true } | { ok: false; why: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { ok: false, why: "not UTF-8 (RFC 8259 requires JSON exchanged between systems to be UTF-8)" };
  }
  // No bytes, or only JSON's own whitespace (RFC 8259: space, tab, CR, LF), carries no value: an absent
  // body, which the document allows. Other Unicode spaces (U+00A0, U+3000, a BOM ...) are not JSON.
  if (/^[ \t\r\n]*$/.test(text)) return { ok: true };
  if (contentType?.split(";", 1)[0]?.trim().toLowerCase() !== "application/json")
    return { ok: false, why: "not sent as application/json" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: "not JSON" };
  }
  return validateSeededDistribution(value).ok ? { ok: true } : { ok: false, why: "not a SeededDistribution" };
}

/**
 * A mock server for this test holding three distributions (the baseline every run must leave as it is),
 * with a `restore()` that deletes whatever a failed run left behind, so that shrinking sees a clean store.
 */
async function fuzzTarget() {
  const server = await startMockServer({ port: 0 });
  const sender = rawSender(server.url);
  onTestFinished(async () => {
    sender.close();
    await server.close();
  });
  const create = (body: Uint8Array, contentType: string | undefined): Promise<RawAnswer> =>
    sender.send({
      method: "POST",
      path: "/distributions/create",
      body,
      ...(contentType === undefined ? {} : { contentType }),
    });
  const snapshot = async (): Promise<Distribution[]> => {
    const answer = await sender.send({ method: "GET", path: "/distributions" });
    expect(undocumentedReason("distributions_snapshot", answer)).toBeNull();
    return (JSON.parse(answer.text) as { iterable: Distribution[] }).iterable;
  };
  const remove = (id: string) =>
    sender.send({ method: "POST", path: `/distributions/${encodeURIComponent(id)}/delete` });
  for (const name of ["a.ts", "b.ts", "c.ts"]) {
    expect(
      (await create(encode(JSON.stringify({ github: { gist: { name } } })), "application/json")).status,
    ).toBe(200);
  }
  const baseline = await snapshot();
  const baselineIds = baseline.map((distribution) => distribution.id);

  return {
    create,
    snapshot,
    baseline,
    baselineIds,
    async restore(): Promise<void> {
      for (const { id } of await snapshot()) if (!baselineIds.includes(id)) await remove(id);
    },
    /** Checks an answer to a create against the oracle and the store, then removes what it created. */
    async check(body: Uint8Array, contentType: string | undefined, answer: RawAnswer): Promise<void> {
      expect(undocumentedReason("distributions_create_new_distribution", answer)).toBeNull();
      const expected = acceptable(body, contentType);
      expect(
        answer.status,
        expected.ok ? "a valid seed or an absent body is created" : `refused: ${expected.why}`,
      ).toBe(expected.ok ? 200 : 500);
      const after = await snapshot();
      if (answer.status !== 200) {
        expect(
          after.map((distribution) => distribution.id),
          "a refused create changes nothing",
        ).toEqual(baselineIds);
        return;
      }
      const created = JSON.parse(answer.text) as Distribution;
      expect(after.map((distribution) => distribution.id)).toEqual([...baselineIds, created.id]);
      expect(after.at(-1)).toEqual(created);
      expect((await remove(created.id)).status).toBe(204);
    },
  };
}

describe("the create body under fuzzing: never a crash, always a documented answer, no change unless valid", () => {
  it("any JSON value sent as application/json: 200 with a Distribution exactly when it is a SeededDistribution, else 500 text/plain", async () => {
    const target = await fuzzTarget();
    await fc.assert(
      fc
        .asyncProperty(jsonBody, async (value) => {
          const body = encode(JSON.stringify(value));
          const answer = await target.create(body, "application/json");
          await target.check(body, "application/json", answer);
          if (answer.status === 200) {
            // A valid seed is honoured, not just accepted: the gist's name and the recipients come back.
            const seed = JSON.parse(JSON.stringify(value)) as {
              github?: { gist?: { name: string } };
              mailgun?: { recipients: { iterable: unknown[] } };
            };
            const created = JSON.parse(answer.text) as Distribution;
            expect(created.github?.gist?.name).toBe(seed.github?.gist?.name);
            expect(created.mailgun?.recipients.iterable.length).toBe(
              seed.mailgun?.recipients.iterable.length,
            );
          }
        })
        .beforeEach(() => target.restore()),
      fuzzParameters(RUNS),
    );
    expect(await target.snapshot()).toEqual(target.baseline);
  });

  it("any bytes with any content type: a documented answer, and a new distribution only for an absent body or a valid seed", async () => {
    const target = await fuzzTarget();
    await fc.assert(
      fc
        .asyncProperty(bodyBytes, contentTypes, async (body, contentType) => {
          await target.check(body, contentType, await target.create(body, contentType));
        })
        .beforeEach(() => target.restore()),
      fuzzParameters(RUNS),
    );
    expect(await target.snapshot()).toEqual(target.baseline);
  });
});

describe("create bodies the fuzzing singled out, pinned as examples", () => {
  it.each([
    ["a no-break space (U+00A0)", "\u00a0"],
    ["an ideographic space (U+3000)", "\u3000"],
    ["a vertical tab", "\v"],
    ["a lone byte order mark", "\ufeff"],
  ])("a body of only %s is not JSON and not an absent body: 500, nothing created", async (_name, text) => {
    const target = await fuzzTarget();
    const body = encode(text);
    await target.check(body, "application/json", await target.create(body, "application/json"));
  });

  it("a JSON body with bytes that are not UTF-8 (0xFF inside the gist name) is refused, not stored with U+FFFD", async () => {
    const target = await fuzzTarget();
    const body = Uint8Array.from([...encode('{"github":{"gist":{"name":"a'), 0xff, ...encode('.ts"}}}')]);
    await target.check(body, "application/json", await target.create(body, "application/json"));
  });

  it("a body of only JSON whitespace is an absent body: a bare distribution", async () => {
    const target = await fuzzTarget();
    const body = encode(" \r\n\t");
    await target.check(body, undefined, await target.create(body, undefined));
  });
});
