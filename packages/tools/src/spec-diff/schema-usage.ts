import { isObject, type JsonObject, objectAt } from "./json.js";
import { derefComponent, HTTP_METHODS } from "./operations.js";

/** Which way a schema travels: sent by the client (request), received by it (response), or both. */
export interface Direction {
  readonly request: boolean;
  readonly response: boolean;
}

/** A schema used only in requests. */
export const REQUEST: Direction = { request: true, response: false };
/** A schema used only in responses. */
export const RESPONSE: Direction = { request: false, response: true };
/** A schema used both ways, or whose use is unknown (the safe assumption). */
export const BOTH: Direction = { request: true, response: true };

const SCHEMA_REF = "#/components/schemas/";

/** The component schema name a `$ref` points at, or undefined for any other reference. */
export function schemaRefName(ref: unknown): string | undefined {
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;
}

/**
 * For every schema under `components/schemas`, the directions it travels in: followed from each operation's
 * parameters and request body (request) and responses (response) through every `$ref`, transitively.
 */
export function schemaUsage(document: JsonObject): Map<string, Direction> {
  const schemas = objectAt(objectAt(document.components).schemas);
  const usage = new Map<string, { request: boolean; response: boolean }>();

  const walk = (value: unknown, side: "request" | "response"): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, side);
      return;
    }
    if (!isObject(value)) return;
    const name = schemaRefName(value.$ref);
    if (name !== undefined) {
      const entry = usage.get(name) ?? { request: false, response: false };
      usage.set(name, entry);
      if (!entry[side]) {
        entry[side] = true;
        walk(schemas[name], side);
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== "examples" && key !== "example" && key !== "$ref") walk(child, side);
    }
  };

  for (const pathItem of Object.values(objectAt(document.paths))) {
    const item = objectAt(pathItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = [...asArray(item.parameters), ...asArray(operation.parameters)];
      for (const parameter of parameters) walk(derefComponent(document, parameter), "request");
      walk(derefComponent(document, operation.requestBody), "request");
      for (const response of Object.values(objectAt(operation.responses))) {
        walk(derefComponent(document, response), "response");
      }
    }
  }
  return usage;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The directions a named schema travels in across two documents; unused schemas count as both. */
export function directionOf(
  name: string,
  before: ReadonlyMap<string, Direction>,
  after: ReadonlyMap<string, Direction>,
): Direction {
  const a = before.get(name);
  const b = after.get(name);
  if (a === undefined && b === undefined) return BOTH;
  return {
    request: (a?.request ?? false) || (b?.request ?? false),
    response: (a?.response ?? false) || (b?.response ?? false),
  };
}
