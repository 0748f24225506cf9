/**
 * A value for a schema, built at generation time for the mock server's default answer: the schema's own
 * example when it has one, else the simplest value that satisfies it (required properties only, lower
 * bounds, the first branch of a composition, the first enum member, a value of the format).
 */
import { valueAt } from "../../ir/refs.js";
import type { JsonObject } from "../../ir/types.js";

const FORMAT_SAMPLES: { readonly [format: string]: string } = {
  "date-time": "2026-01-01T00:00:00.000Z",
  date: "2026-01-01",
  uri: "https://example.com/",
  email: "someone@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** A value valid against `schema` (within `document`, for `$ref`s); `depth` stops runaway recursion. */
export function sampleValue(document: JsonObject, schema: unknown, depth = 0): unknown {
  if (typeof schema !== "object" || schema === null || depth > 12) return null;
  const s = schema as JsonObject;
  if (typeof s.$ref === "string") return sampleValue(document, valueAt(document, s.$ref), depth + 1);
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.default !== undefined) return s.default;
  for (const key of ["oneOf", "anyOf"] as const)
    if (Array.isArray(s[key]) && (s[key] as unknown[]).length > 0)
      return sampleValue(document, (s[key] as unknown[])[0], depth + 1);
  if (Array.isArray(s.allOf)) {
    const parts = (s.allOf as unknown[]).map((part) => sampleValue(document, part, depth + 1));
    return parts.every((part) => typeof part === "object" && part !== null && !Array.isArray(part))
      ? Object.assign({}, ...parts)
      : parts[0];
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  const type = types.find((candidate) => candidate !== "null") ?? types[0];
  switch (type) {
    case "object":
    case undefined: {
      if (type === undefined && s.properties === undefined) return null;
      const result: Record<string, unknown> = {};
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      for (const name of (s.required ?? []) as string[])
        result[name] = sampleValue(document, properties[name] ?? {}, depth + 1);
      return result;
    }
    case "array": {
      const count = typeof s.minItems === "number" ? s.minItems : 0;
      return Array.from({ length: count }, (_, index) => {
        const item = sampleValue(document, s.items ?? {}, depth + 1);
        return s.uniqueItems === true && typeof item === "string" ? `${item}${index}` : item;
      });
    }
    case "string": {
      const base = FORMAT_SAMPLES[String(s.format)] ?? "string";
      const min = typeof s.minLength === "number" ? s.minLength : 0;
      return base.length >= min ? base : base.padEnd(min, "x");
    }
    case "integer":
    case "number": {
      const low =
        typeof s.minimum === "number"
          ? s.minimum
          : typeof s.exclusiveMinimum === "number"
            ? s.exclusiveMinimum + 1
            : 0;
      const step = typeof s.multipleOf === "number" ? s.multipleOf : 1;
      return Math.ceil(low / step) * step;
    }
    case "boolean":
      return false;
    default:
      return null;
  }
}
