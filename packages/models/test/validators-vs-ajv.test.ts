import { Ajv2020 } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateSchema } from "../src/validators.js";
import { loadDocument } from "./document.js";
import { type DocumentExample, documentExamples } from "./examples.js";

/**
 * Differential test: the generated validators must agree with Ajv (a reference JSON Schema 2020-12
 * implementation) on every example of the document and on systematic mutations of them.
 */
const document = loadDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
addFormats(ajv);
ajv.addSchema(
  { $id: "https://pieces-distributions.test/document.json", components: document.components },
  "https://pieces-distributions.test/document.json",
);
const reference = (schema: string) => {
  const validate = ajv.getSchema(
    `https://pieces-distributions.test/document.json#/components/schemas/${schema}`,
  );
  if (validate === undefined) throw new Error(`Ajv has no schema ${schema}`);
  return validate;
};

interface Mutation {
  readonly description: string;
  readonly value: unknown;
  /** The JSON Pointer of the mutated value; our validator must report a problem there. */
  readonly path: string;
}

const WRONG_VALUES: readonly unknown[] = [null, 1.5, "text", true, [], {}];

/** Every single-point mutation of a value: each node replaced by each wrong value, each key removed. */
function mutations(value: unknown, path = ""): Mutation[] {
  const found: Mutation[] = [];
  const walk = (node: unknown, pointer: string, rebuild: (next: unknown) => unknown) => {
    for (const wrong of WRONG_VALUES) {
      found.push({
        description: `${pointer || "/"} = ${JSON.stringify(wrong)}`,
        path: pointer,
        value: rebuild(wrong),
      });
    }
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) {
        walk(child, `${pointer}/${index}`, (next) =>
          rebuild(node.map((item, i) => (i === index ? next : item))),
        );
      }
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) {
        const { [key]: removed, ...rest } = node as Record<string, unknown>;
        void removed;
        found.push({
          description: `remove ${pointer}/${key}`,
          path: `${pointer}/${key}`,
          value: rebuild(rest),
        });
        walk((node as Record<string, unknown>)[key], `${pointer}/${key}`, (next) =>
          rebuild({ ...(node as Record<string, unknown>), [key]: next }),
        );
      }
    }
  };
  walk(value, path, (next) => next);
  return found;
}

const subjects: DocumentExample[] = documentExamples();

describe("generated validators agree with Ajv", () => {
  it("agrees on every example of the document", () => {
    for (const example of subjects) {
      expect(reference(example.schema)(example.value), example.location).toBe(true);
      expect(validateSchema(example.schema as never, example.value).ok, example.location).toBe(true);
    }
  });

  it("agrees on every single-point mutation of every example, and names the mutated path", () => {
    let compared = 0;
    let rejected = 0;
    for (const example of subjects) {
      for (const mutation of mutations(example.value)) {
        const expected = reference(example.schema)(mutation.value) === true;
        const actual = validateSchema(example.schema as never, mutation.value);
        expect(actual.ok, `${example.location}: ${mutation.description}`).toBe(expected);
        if (!actual.ok) {
          rejected++;
          const paths = actual.problems.map((problem) => problem.path);
          // The problem is reported at the mutated value or, for a wrong container, at or under it.
          expect(
            paths.some((reported) => reported === mutation.path || reported.startsWith(`${mutation.path}/`)),
            `${example.location}: ${mutation.description} reported ${paths.join(", ")}`,
          ).toBe(true);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(500);
  });
});

describe("date-time checks agree with ajv-formats", () => {
  const agreed = [
    "2026-11-28T09:15:00Z",
    "2026-11-28t09:15:00z",
    "2026-11-28 09:15:00Z",
    "2026-11-28T09:15:00.1Z",
    "2026-11-28T09:15:00.123456789+05:30",
    "2026-11-28T09:15:00-00:00",
    "2024-02-29T00:00:00Z",
    "2000-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2026-04-31T00:00:00Z",
    "2026-00-10T00:00:00Z",
    "2026-11-00T00:00:00Z",
    "2026-11-28T24:00:00Z",
    "2026-11-28T23:60:00Z",
    "2026-11-28T09:15:00.Z",
    "2026-11-28T09:15:00",
    "2026-11-28T09:15:00+24:00",
    "2026-11-28T09:15:00+05:60",
    "2026-11-28T09:15:00Z ",
    " 2026-11-28T09:15:00Z",
    "2026-11-28",
    "26-11-28T09:15:00Z",
    "2026/11/28T09:15:00Z",
    "2026-11-28T09-15-00Z",
    "２026-11-28T09:15:00Z",
    "",
  ];
  const format = ajv.compile({ type: "string", format: "date-time" });

  for (const value of agreed) {
    it(`agrees on ${JSON.stringify(value)}`, () => {
      const ours = validateSchema("GroupedTimestamp", { value }).ok;
      expect(ours).toBe(format(value));
    });
  }

  it("is stricter than ajv-formats on offsets without a colon, as RFC 3339 requires the colon", () => {
    expect(format("2026-11-28T09:15:00+0530")).toBe(true);
    expect(validateSchema("GroupedTimestamp", { value: "2026-11-28T09:15:00+0530" }).ok).toBe(false);
  });
});
