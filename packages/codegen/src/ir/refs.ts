/** Local `$ref` resolution, the one copy of it in the repository's code generation. */
import { type JsonObject, SCHEMA_REF_PREFIX } from "./types.js";

/**
 * Follows local references (`#/components/responses/InternalServerError` ...) from `value` until a value
 * that is not one; returns it with the JSON Pointer it was found at (`pointer` when `value` is no reference).
 */
export function resolveRef(
  document: JsonObject,
  value: unknown,
  pointer: string,
): { readonly value: JsonObject; readonly pointer: string } {
  let current = value as JsonObject;
  let at = pointer;
  for (let depth = 0; typeof current?.$ref === "string"; depth++) {
    const ref = current.$ref as string;
    if (depth > 20) throw new Error(`${pointer}: reference cycle through ${ref}`);
    if (!ref.startsWith("#/")) throw new Error(`${at}: only local references are supported, got ${ref}`);
    current = valueAt(document, ref) as JsonObject;
    if (current === undefined) throw new Error(`${at}: unresolved reference ${ref}`);
    at = ref;
  }
  if (typeof current !== "object" || current === null) throw new Error(`${at}: expected an object`);
  return { value: current, pointer: at };
}

/** The value at a local JSON Pointer (`#/components/schemas/Distribution`), or `undefined`. */
export function valueAt(document: JsonObject, pointer: string): unknown {
  let target: unknown = document;
  for (const token of pointer.replace(/^#\/?/, "").split("/")) {
    if (token === "") continue;
    target = (target as JsonObject | undefined)?.[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return target;
}

/** The component name a schema references directly (`{ $ref: "#/components/schemas/X" }` -> `X`), or `null`. */
export function schemaRefName(schema: unknown): string | null {
  const ref = (schema as JsonObject | undefined)?.$ref;
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF_PREFIX)
    ? ref.slice(SCHEMA_REF_PREFIX.length)
    : null;
}

/**
 * The component schema a property's value has: the one its schema references directly, or, for an array
 * (`type` naming `array`), the one each item references; `null` otherwise.
 */
export function propertyComponent(schema: unknown): string | null {
  const object = schema as JsonObject | undefined;
  return [object?.type].flat().includes("array") ? schemaRefName(object?.items) : schemaRefName(schema);
}

/**
 * The example a parameter or media type object gives: its `example`, else the `value` of its first
 * `examples` entry (following a `$ref` to `#/components/examples/...`); `undefined` when it gives none.
 */
export function firstExample(document: JsonObject, holder: JsonObject, pointer: string): unknown {
  if (holder.example !== undefined) return holder.example;
  const examples = holder.examples as JsonObject | undefined;
  const [name, first] = Object.entries(examples ?? {})[0] ?? [];
  return name === undefined
    ? undefined
    : resolveRef(document, first, `${pointer}/examples/${name}`).value.value;
}
