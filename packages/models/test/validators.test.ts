import { describe, expect, it } from "vitest";
import {
  formatProblems,
  isDistribution,
  schemaNames,
  schemaValidators,
  validateDistribution,
  validateSchema,
  validateSeededDistribution,
} from "../src/validators.js";
import { loadDocument } from "./document.js";
import { documentExamples } from "./examples.js";

const examples = documentExamples();
const gistExample = structuredClone(
  examples.find((example) => example.location.includes("example gist") && example.schema === "Distribution")
    ?.value,
) as Record<string, any>;

describe("validators accept the document's own examples", () => {
  it("finds an example for every schema and for every JSON request and response body", () => {
    const document = loadDocument();
    const withExamples = new Set(examples.map((example) => example.schema));
    expect([...withExamples].sort()).toEqual(Object.keys(document.components.schemas).sort());
    expect(
      examples.filter((example) => example.location.includes(" request example")).length,
    ).toBeGreaterThan(0);
    expect(examples.filter((example) => / 200 example/.test(example.location)).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  for (const example of examples) {
    it(`accepts ${example.location} as a ${example.schema}`, () => {
      const result = validateSchema(example.schema as never, example.value);
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
  }
});

describe("validators reject broken values with the JSON path of the problem", () => {
  it("names a gist name of the wrong type by its path", () => {
    const result = validateSeededDistribution({ github: { gist: { name: 42 } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: "/github/gist/name", message: "must be string" }]);
    expect(formatProblems(result.problems)).toBe("/github/gist/name: must be string");
  });

  it("names a missing required field by the path it should have", () => {
    const broken = structuredClone(gistExample);
    delete broken.github.gist.github_id;
    const result = validateDistribution(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ path: "/github/gist/github_id", message: "is required" }]);
    }
  });

  it("reports every problem, not just the first", () => {
    const broken = structuredClone(gistExample);
    broken.share.access = "SHARED";
    broken.created.value = "yesterday";
    broken.share.accessors.iterable = [{ id: "a", os: "b", share: "c", count: 1.5 }];
    const result = validateDistribution(broken);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: "/share/access", message: "must be one of UNKNOWN, PUBLIC, PRIVATE" },
      { path: "/share/accessors/iterable/0/count", message: "must be integer" },
      { path: "/created/value", message: 'must match format "date-time"' },
    ]);
  });

  it("rejects a value that is not an object at the root path", () => {
    for (const value of [null, [], "x", 1, true, undefined]) {
      const result = validateDistribution(value);
      expect(result.ok ? [] : result.problems).toEqual([{ path: "", message: "must be object" }]);
    }
    expect(formatProblems([{ path: "", message: "must be object" }])).toBe("/: must be object");
  });

  it("escapes map keys in JSON Pointers", () => {
    const result = validateSchema("FlattenedAssets", { indices: { "a/b~c": "first" } });
    expect(result.ok ? [] : result.problems).toEqual([
      { path: "/indices/a~1b~0c", message: "must be integer" },
    ]);
  });

  it("checks date-time values against the calendar, not only the pattern", () => {
    const at = (value: string) => validateSchema("GroupedTimestamp", { value }).ok;
    expect(at("2024-02-29T12:00:00Z")).toBe(true);
    expect(at("2026-11-28T09:15:00.123+05:30")).toBe(true);
    expect(at("2023-02-29T12:00:00Z")).toBe(false);
    expect(at("2026-13-01T00:00:00Z")).toBe(false);
    expect(at("2026-11-28T24:00:00Z")).toBe(false);
    expect(at("2026-11-28")).toBe(false);
  });

  it("accepts fields the document does not list, as Pieces OS may add some", () => {
    expect(isDistribution({ ...gistExample, addedLater: { any: "thing" } })).toBe(true);
  });

  it("limits the formatted list and says how many were left out", () => {
    const problems = Array.from({ length: 12 }, (_, index) => ({
      path: `/${index}`,
      message: "must be string",
    }));
    const text = formatProblems(problems, 10);
    expect(text.split("\n")).toHaveLength(11);
    expect(text.endsWith("... and 2 more")).toBe(true);
  });

  it("has one validator per schema of the document", () => {
    expect([...schemaNames].sort()).toEqual(Object.keys(loadDocument().components.schemas).sort());
    expect(Object.keys(schemaValidators).sort()).toEqual([...schemaNames].sort());
  });
});
