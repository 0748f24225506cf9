import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { startMockServer } from "../../src/index.js";
import { undocumentedReason } from "./support/documented-answer.js";
import { fuzzParameters } from "./support/fuzz-seed.js";
import { rawSender } from "./support/raw-request.js";

const RUNS = 300;
const STORE_SIZE = 4;

/** Printable ASCII that a request target may carry as is, except the two that end a path segment. */
const rawCharacter = fc
  .mapToConstant({ num: 0x7f - 0x21, build: (v) => String.fromCharCode(0x21 + v) })
  .filter((character) => character !== "/" && character !== "?");

/** Percent-encodes every UTF-8 byte of `text`, in upper or lower case hex. */
function encodeEveryByte(text: string, lower: boolean): string {
  const hex = Array.from(new TextEncoder().encode(text), (byte) => `%${byte.toString(16).padStart(2, "0")}`);
  return (lower ? hex : hex.map((part) => part.toUpperCase())).join("");
}

/**
 * A raw path segment for the delete route: made of any printable characters (so `%` sequences may be
 * broken, `..` and `#` appear as they are), the encoding of any Unicode string, or one of the store's ids
 * encoded some way (as is, component-encoded, every byte encoded), so that real deletes happen too.
 */
function rawSegment(ids: () => readonly string[]) {
  return fc.oneof(
    fc.string({ unit: rawCharacter, maxLength: 40 }),
    fc.constantFrom("..", ".", "%2e%2e", "%2E", "%", "%%", "%2", "%zz", "%C0%AF", "%ED%A0%80", "%00", "%2F"),
    fc.string({ unit: "grapheme", maxLength: 30 }).map(encodeURIComponent),
    fc
      .tuple(fc.nat(), fc.constantFrom("as is", "component", "every byte", "every byte, lower case"))
      .map(([index, how]) => {
        const id = ids()[index % Math.max(1, ids().length)] ?? "none";
        if (how === "as is") return id;
        if (how === "component") return encodeURIComponent(id);
        return encodeEveryByte(id, how === "every byte, lower case");
      }),
  );
}

describe("the delete route's path parameter under fuzzing (raw request targets)", () => {
  it("removes exactly the distribution the decoded segment names, or answers a documented 500/404 and changes nothing", async () => {
    const server = await startMockServer({ port: 0 });
    const sender = rawSender(server.url);
    onTestFinished(async () => {
      sender.close();
      await server.close();
    });
    const ids = async (): Promise<string[]> => {
      const answer = await sender.send({ method: "GET", path: "/distributions" });
      return (JSON.parse(answer.text) as { iterable: { id: string }[] }).iterable.map(
        (distribution) => distribution.id,
      );
    };
    /** The store's ids as the arbitrary sees them; refilled to STORE_SIZE before every run. */
    let current: string[] = [];
    const refill = async () => {
      for (let missing = STORE_SIZE - (await ids()).length; missing > 0; missing -= 1) {
        expect((await sender.send({ method: "POST", path: "/distributions/create" })).status).toBe(200);
      }
      current = await ids();
    };
    await refill();
    let deletes = 0;

    await fc.assert(
      fc
        .asyncProperty(
          rawSegment(() => current),
          async (segment) => {
            const before = await ids();
            const answer = await sender.send({ method: "POST", path: `/distributions/${segment}/delete` });
            const after = await ids();
            if (segment === "") {
              expect(answer.status, "an empty segment addresses no operation").toBe(404);
              expect(answer.mediaType).toBe("text/plain");
              expect(after).toEqual(before);
              return;
            }
            expect(undocumentedReason("distributions_delete_specific_distribution", answer)).toBeNull();
            let decoded: string | null = null;
            try {
              decoded = decodeURIComponent(segment);
            } catch {
              // Not valid percent-encoding: the server must refuse it.
            }
            if (decoded !== null && before.includes(decoded)) {
              expect(answer.status).toBe(204);
              deletes += 1;
              expect(after).toEqual(before.filter((id) => id !== decoded));
            } else {
              expect(answer.status).toBe(500);
              expect(answer.text).toMatch(decoded === null ? /percent-encoding/ : /not found/);
              expect(after, "a delete that names no distribution changes nothing").toEqual(before);
            }
          },
        )
        .beforeEach(refill),
      fuzzParameters(RUNS),
    );
    // The arbitrary must really reach the delete path, not only the refusals.
    expect(deletes).toBeGreaterThan(RUNS / 20);
  });
});
