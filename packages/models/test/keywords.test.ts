import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateModels } from "../scripts/generate.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const fixture = path.join(packageDir, "test/fixtures/keywords.yaml");
// Inside src/ so that the generated files' `../validation.js` and `../formats.js` are the package's own.
const outDir = path.join(packageDir, "src", `.keywords-${process.pid}`);

type Validators = {
  validateSchema(
    name: string,
    value: unknown,
  ): { ok: boolean; problems?: { path: string; message: string }[] };
};
let generated: Validators;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of await generateModels(fixture))
    writeFileSync(path.join(outDir, name), content);
  generated = (await import(path.join(outDir, "validators.ts"))) as Validators;
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** [schema, valid values, [invalid value, path, message]] for each keyword. */
const CASES: [string, unknown[], [unknown, string, string][]][] = [
  [
    "Labels",
    [{ labels: ["a"] }, { labels: ["a", "b"] }],
    [
      [{ labels: [] }, "/labels", "must NOT have fewer than 1 items"],
      [{ labels: ["a", "b", "c"] }, "/labels", "must NOT have more than 2 items"],
      [{ labels: ["a", "a"] }, "/labels", "must NOT have duplicate items (items ## 1 and 0 are identical)"],
      [{ labels: ["A"] }, "/labels/0", 'must match pattern "^[a-z]+$"'],
    ],
  ],
  [
    "Nullable",
    ["ab", null],
    [
      ["a", "", "must NOT have fewer than 2 characters"],
      ["abcd", "", "must NOT have more than 3 characters"],
      [1, "", "must be string,null"],
    ],
  ],
  [
    "Numbers",
    [{ min: 1, exclusive: 0.5, step: 10 }],
    [
      [{ min: 0 }, "/min", "must be >= 1"],
      [{ min: 11 }, "/min", "must be <= 10"],
      [{ exclusive: 0 }, "/exclusive", "must be > 0"],
      [{ exclusive: 1 }, "/exclusive", "must be < 1"],
      [{ step: 7 }, "/step", "must be multiple of 5"],
    ],
  ],
  ["Constant", ["fixed"], [["other", "", "must be equal to constant"]]],
  ["Choice", ["a", 1, null], [["b", "", "must be one of a, 1, null"]]],
  [
    "Pet",
    [
      { kind: "cat", meows: true },
      { kind: "dog", barks: false },
    ],
    [
      [{ kind: "cat", barks: true }, "/meows", "is required"],
      [{ kind: "cow" }, "", 'value of tag "kind" must be in oneOf'],
    ],
  ],
  ["AnyOf", ["x", 3], [[1.5, "", "must match a schema in anyOf"]]],
  ["AllOf", [{ labels: ["a"] }], [[{}, "/labels", "is required"]]],
  [
    "Bag",
    [{ a: 1 }],
    [
      [{}, "", "must NOT have fewer than 1 properties"],
      [{ a: "x" }, "/a", "must be integer"],
    ],
  ],
  [
    "Formats",
    [
      {
        at: "2026-11-28T09:15:00Z",
        day: "2024-02-29",
        link: "https://pieces.app/x?y=1",
        mail: "a@b.co",
        id: "123e4567-e89b-12d3-a456-426614174000",
        free: "anything",
      },
    ],
    [
      [{ at: "2026-11-28" }, "/at", 'must match format "date-time"'],
      [{ day: "2023-02-29" }, "/day", 'must match format "date"'],
      [{ link: "not a uri" }, "/link", 'must match format "uri"'],
      [{ mail: "nobody" }, "/mail", 'must match format "email"'],
      [{ id: "123" }, "/id", 'must match format "uuid"'],
    ],
  ],
  [
    "things_list response 200",
    [{ iterable: [{ labels: ["a"] }] }],
    [[{ iterable: [{ labels: ["a", "B"] }] }, "/iterable/0/labels/1", 'must match pattern "^[a-z]+$"']],
  ],
  [
    "things_list parameter limit",
    [1, 100],
    [
      [0, "", "must be >= 1"],
      ["x", "", "must be integer"],
    ],
  ],
];

// The reference: Ajv compiled at run time from the same document (ajv-formats for the formats).
const document = parse(readFileSync(fixture, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
(ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default(ajv);
ajv.addSchema({ $id: "https://keywords.test/document.json", ...document });
const reference = (name: string) => {
  const [operationId, as, detail] = name.split(" ");
  const pointer =
    as === "response"
      ? `/paths/~1things/get/responses/${detail}/content/application~1json/schema`
      : as === "parameter"
        ? "/paths/~1things/get/parameters/0/schema"
        : `/components/schemas/${operationId}`;
  return ajv.getSchema(`https://keywords.test/document.json#${pointer}`) as (value: unknown) => boolean;
};

describe("the generated validators cover the JSON Schema keywords OpenAPI 3.1 documents use", () => {
  for (const [schema, valid, invalid] of CASES) {
    it(`${schema}: accepts what it should and names the path of what it rejects`, () => {
      for (const value of valid)
        expect(generated.validateSchema(schema, value), JSON.stringify(value)).toEqual({ ok: true, value });
      for (const [value, at, message] of invalid) {
        const result = generated.validateSchema(schema, value);
        expect(result.ok, JSON.stringify(value)).toBe(false);
        expect(result.problems).toContainEqual({ path: at, message });
      }
    });

    it(`${schema}: agrees with Ajv run from the document on every case`, () => {
      for (const value of [...valid, ...invalid.map(([value]) => value)])
        expect(generated.validateSchema(schema, value).ok, JSON.stringify(value)).toBe(
          reference(schema)(value),
        );
    });
  }
});
