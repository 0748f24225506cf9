import type { ChangeList } from "./changes.js";
import { isObject, type JsonObject, same, show, unionKeys } from "./json.js";
import { type Direction, schemaRefName } from "./schema-usage.js";

/** Keywords that only document a schema: a change to them is cosmetic. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "summary",
  "examples",
  "example",
  "externalDocs",
  "$comment",
]);

/** Keywords whose arrays hold subschemas compared position by position. */
const SUBSCHEMA_LISTS: ReadonlySet<string> = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

function typeSet(value: unknown): Set<string> {
  if (typeof value === "string") return new Set([value]);
  return new Set(
    Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [],
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function refLabel(ref: unknown): string {
  return schemaRefName(ref) ?? (typeof ref === "string" ? ref : "an inline schema");
}

/**
 * Compares two JSON Schemas (OpenAPI 3.1 dialect) at `location`, recording each difference with its class.
 * `$ref`s are compared by target, not followed: each named schema is compared once, on its own. The
 * `direction` says whether the schema is sent, received or both, which decides the class of a required
 * or type change. Unknown keywords that change count as breaking: the safe side of a release gate.
 */
export function compareSchema(
  before: unknown,
  after: unknown,
  location: string,
  direction: Direction,
  changes: ChangeList,
): void {
  if (!isObject(before) || !isObject(after)) {
    if (!same(before, after))
      changes.add("breaking", location, `schema changed from ${show(before)} to ${show(after)}`);
    return;
  }
  if (before.$ref !== after.$ref) {
    changes.add(
      "breaking",
      location,
      `type changed from ${refLabel(before.$ref)} to ${refLabel(after.$ref)}`,
    );
  }
  for (const key of unionKeys(before, after)) {
    const b = before[key];
    const a = after[key];
    if (key === "$ref" || same(b, a)) continue;
    if (ANNOTATION_KEYWORDS.has(key) || key.startsWith("x-")) {
      changes.add(
        "cosmetic",
        location,
        `${key} ${b === undefined ? "added" : a === undefined ? "removed" : "changed"}`,
      );
    } else if (key === "deprecated") {
      changes.add("additive", location, a === true ? "marked deprecated" : "no longer deprecated");
    } else if (key === "type") {
      compareType(b, a, location, direction, changes);
    } else if (key === "properties") {
      compareProperties(before, after, location, direction, changes);
    } else if (key === "required") {
      compareRequired(before, after, location, direction, changes);
    } else if (key === "enum" && Array.isArray(b) && Array.isArray(a)) {
      compareEnum(b, a, location, changes);
    } else if ((key === "items" || key === "additionalProperties") && isObject(b) && isObject(a)) {
      compareSchema(b, a, `${location}${key === "items" ? "[]" : "{}"}`, direction, changes);
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(b) && Array.isArray(a)) {
      for (const [index, item] of b.slice(0, a.length).entries()) {
        compareSchema(item, a[index], `${location}.${key}[${index}]`, direction, changes);
      }
      // A branch more accepts more (oneOf/anyOf) and a branch fewer accepts less; allOf the other way round.
      if (a.length !== b.length) {
        const more = key === "allOf" ? a.length < b.length : a.length > b.length;
        const count = Math.abs(a.length - b.length);
        classifyBound(
          more ? "loosened" : "tightened",
          location,
          `${key}: ${count} branch${count === 1 ? "" : "es"} ${a.length > b.length ? "added" : "removed"}`,
          direction,
          changes,
        );
      }
    } else if (key in BOUNDS || CONSTRAINTS.has(key)) {
      const bound = BOUNDS[key];
      const change =
        b === undefined
          ? "tightened"
          : a === undefined
            ? "loosened"
            : bound !== undefined && typeof a === "number" && typeof b === "number"
              ? (bound === "lower") === a > b
                ? "tightened"
                : "loosened"
              : key === "uniqueItems"
                ? a === true
                  ? "tightened"
                  : "loosened"
                : "changed";
      classifyBound(
        change,
        location,
        `${key} ${b === undefined ? "added" : a === undefined ? "removed" : `changed from ${show(b)} to ${show(a)}`}`,
        direction,
        changes,
      );
    } else {
      changes.add("breaking", location, `${key} changed from ${show(b)} to ${show(a)}`);
    }
  }
}

/** Numeric bounds, and which way each one limits. */
const BOUNDS: { readonly [keyword: string]: "lower" | "upper" } = {
  minimum: "lower",
  exclusiveMinimum: "lower",
  minLength: "lower",
  minItems: "lower",
  minProperties: "lower",
  maximum: "upper",
  exclusiveMaximum: "upper",
  maxLength: "upper",
  maxItems: "upper",
  maxProperties: "upper",
};

/** Constraints that accept less once added and more once removed (a change of value is both). */
const CONSTRAINTS: ReadonlySet<string> = new Set(["pattern", "format", "multipleOf", "const", "uniqueItems"]);

/**
 * Classifies a constraint that now accepts less (`tightened`), more (`loosened`) or other values
 * (`changed`): what a request accepts may only grow, what a response holds may only shrink.
 */
function classifyBound(
  change: "tightened" | "loosened" | "changed",
  location: string,
  message: string,
  direction: Direction,
  changes: ChangeList,
): void {
  const safe =
    (change === "loosened" && !direction.response) || (change === "tightened" && !direction.request);
  changes.add(safe ? "additive" : "breaking", location, `${message} (${change})`);
}

function compareType(
  b: unknown,
  a: unknown,
  location: string,
  direction: Direction,
  changes: ChangeList,
): void {
  const before = typeSet(b);
  const after = typeSet(a);
  const widened = before.size > 0 && [...before].every((type) => after.has(type));
  const message = `type changed from ${show(b)} to ${show(a)}`;
  // Accepting more types in a request breaks no caller; every other type change can break compiled code.
  changes.add(widened && !direction.response ? "additive" : "breaking", location, message);
}

function compareProperties(
  before: JsonObject,
  after: JsonObject,
  location: string,
  direction: Direction,
  changes: ChangeList,
): void {
  const b = isObject(before.properties) ? before.properties : {};
  const a = isObject(after.properties) ? after.properties : {};
  const requiredAfter = new Set(stringList(after.required));
  for (const name of unionKeys(b, a)) {
    if (!(name in a)) {
      changes.add("breaking", location, `property "${name}" removed`);
    } else if (!(name in b)) {
      if (requiredAfter.has(name) && direction.request) {
        changes.add("breaking", location, `required property "${name}" added to a request schema`);
      } else {
        changes.add(
          "additive",
          location,
          `${requiredAfter.has(name) ? "" : "optional "}property "${name}" added`,
        );
      }
    } else {
      compareSchema(b[name], a[name], `${location}.${name}`, direction, changes);
    }
  }
}

function compareRequired(
  before: JsonObject,
  after: JsonObject,
  location: string,
  direction: Direction,
  changes: ChangeList,
): void {
  const b = new Set(stringList(before.required));
  const a = new Set(stringList(after.required));
  const propertiesBefore = isObject(before.properties) ? before.properties : {};
  const propertiesAfter = isObject(after.properties) ? after.properties : {};
  for (const name of a) {
    // A property that is new altogether was already classified with the properties.
    if (b.has(name) || !(name in propertiesBefore)) continue;
    if (direction.request) changes.add("breaking", location, `property "${name}" made required in a request`);
    else changes.add("additive", location, `property "${name}" made required (always present in responses)`);
  }
  for (const name of b) {
    if (a.has(name) || !(name in propertiesAfter)) continue;
    if (direction.response)
      changes.add("breaking", location, `property "${name}" no longer required in a response`);
    else changes.add("additive", location, `property "${name}" made optional in a request`);
  }
}

function compareEnum(before: unknown[], after: unknown[], location: string, changes: ChangeList): void {
  for (const value of before) {
    if (!after.some((item) => same(item, value)))
      changes.add("breaking", location, `enum value ${show(value)} removed`);
  }
  for (const value of after) {
    if (!before.some((item) => same(item, value)))
      changes.add("additive", location, `enum value ${show(value)} added`);
  }
}
