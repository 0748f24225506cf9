import {
  formatProblems,
  validateDistribution,
  validateSeededDistribution,
} from "@pieces-distributions/models/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { declaredFields } from "../src/build-distribution.js";
import { buildDistribution } from "../src/index.js";
import { readableTime } from "../src/readable-time.js";
import { seededDistribution } from "./support/arbitraries.js";

describe("buildDistribution", () => {
  it("turns every valid SeededDistribution into a Distribution that validates against the document", () => {
    fc.assert(
      fc.property(seededDistribution, (seed) => {
        expect(validateSeededDistribution(seed).ok).toBe(true);
        const result = validateDistribution(buildDistribution(seed));
        expect(result.ok, result.ok ? "" : formatProblems(result.problems)).toBe(true);
      }),
    );
  });

  it("carries what the seed asked for: recipients, gist name, description and public flag", () => {
    fc.assert(
      fc.property(seededDistribution, (seed) => {
        const distribution = buildDistribution(seed);
        expect(distribution.mailgun?.recipients.iterable.length).toBe(
          seed.mailgun?.recipients.iterable.length,
        );
        seed.mailgun?.recipients.iterable.forEach((person, index) => {
          expect(distribution.mailgun?.recipients.iterable[index]).toMatchObject(person);
        });
        const gist = seed.github?.gist;
        if (gist === undefined) {
          expect(distribution.github?.gist).toBeUndefined();
        } else {
          expect(distribution.github?.gist?.name).toBe(gist.name);
          expect(distribution.github?.gist?.description).toBe(gist.description);
          expect(distribution.github?.gist?.public).toBe(gist.public ?? true);
          expect(distribution.github?.gist?.recipients).toEqual(gist.recipients ?? { iterable: [] });
        }
      }),
    );
  });

  it("is deterministic for fixed sources of time and randomness", () => {
    let counter = 0;
    const sources = {
      now: () => new Date("2026-11-28T09:15:00.000Z"),
      uuid: () => `00000000-0000-4000-8000-00000000000${counter++}`,
      randomBytes: (size: number) => new Uint8Array(size).fill(7),
    };
    expect(buildDistribution({ github: { gist: { name: "debounce.ts" } } }, sources)).toMatchInlineSnapshot(`
      {
        "created": {
          "readable": "28 Nov 2026, 09:15",
          "value": "2026-11-28T09:15:00.000Z",
        },
        "github": {
          "gist": {
            "created": {
              "readable": "28 Nov 2026, 09:15",
              "value": "2026-11-28T09:15:00.000Z",
            },
            "github_id": "07070707070707070707",
            "name": "debounce.ts",
            "public": true,
            "recipients": {
              "iterable": [],
            },
            "updated": {
              "readable": "28 Nov 2026, 09:15",
              "value": "2026-11-28T09:15:00.000Z",
            },
            "url": "https://gist.github.com/07070707070707070707",
          },
        },
        "id": "00000000-0000-4000-8000-000000000000",
        "schema": {
          "migration": 0,
          "semantic": "MAJOR_0_MINOR_0_PATCH_1",
        },
        "share": {
          "access": "PUBLIC",
          "accessors": {
            "iterable": [],
          },
          "created": {
            "readable": "28 Nov 2026, 09:15",
            "value": "2026-11-28T09:15:00.000Z",
          },
          "distributions": {
            "iterable": [
              {
                "id": "00000000-0000-4000-8000-000000000000",
              },
            ],
          },
          "id": "00000000-0000-4000-8000-000000000001",
          "link": "https://pieces.link/s/HHHHHH",
          "schema": {
            "migration": 0,
            "semantic": "MAJOR_0_MINOR_0_PATCH_1",
          },
          "short": "HHHHHH",
        },
        "updated": {
          "readable": "28 Nov 2026, 09:15",
          "value": "2026-11-28T09:15:00.000Z",
        },
      }
    `);
  });
});

describe("readableTime", () => {
  it("writes a moment the way the document's examples do, in UTC", () => {
    expect(readableTime(new Date("2026-11-28T09:15:00.000Z"))).toBe("28 Nov 2026, 09:15");
    expect(readableTime(new Date("2027-01-05T23:07:59.999Z"))).toBe("5 Jan 2027, 23:07");
  });
});

describe("declaredFields", () => {
  it("copies what the stored schema also declares, walking seeded and stored objects of different schemas", () => {
    const seed = {
      github: { gist: { name: "a.ts", description: "d", not_in_the_document: 1 } },
      not_in_the_document: 2,
    };
    expect(declaredFields(seed, "SeededDistribution", "Distribution")).toEqual({
      github: { gist: { name: "a.ts", description: "d" } },
    });
  });

  it("copies a value of one schema on both sides as it is, and skips undefined", () => {
    const recipients = { iterable: [{ email: "ada@example.com", extra: true }] };
    expect(
      declaredFields(
        { recipients, description: undefined },
        "SeededGitHubGistDistribution",
        "GitHubGistDistribution",
      ),
    ).toEqual({ recipients });
  });
});
