import { isDeepStrictEqual } from "node:util";

/** A JSON object as parsed from the document. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` if it is a JSON object, else an empty one. */
export function objectAt(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** Whether two parsed JSON values are equal, structurally. */
export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/** The keys of two objects, each once, in first-seen order. */
export function unionKeys(a: JsonObject, b: JsonObject): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** A short, one-line rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
