/**
 * Refuses request-body properties the document does not know, before anything is sent: a plain-JavaScript
 * caller who writes the official SDK's `_public` would otherwise publish a gist meant to be private
 * (Pieces OS drops the unknown name and applies `public: true`). Walks the generated property-name table
 * (`generated/body-shapes.ts`); schemas that allow extra properties are not in it and are not checked.
 */
import { InvalidArgumentError } from "../errors.js";
import { bodySchemas, bodyShapes } from "../generated/body-shapes.js";

/** The name among `known` that `name` most likely meant: equal but for case, `_` and `-` (`_public`, `githubId`). */
export function suggestProperty(known: readonly string[], name: string): string | undefined {
  const key = (text: string) => text.replace(/[_-]/g, "").toLowerCase();
  return known.find((candidate) => key(candidate) === key(name));
}

function check(schema: string, value: unknown, path: string): void {
  const shape = bodyShapes[schema];
  if (shape && value && typeof value === "object")
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      // The items of an array have the array's schema; an object's properties, the ones the table gives.
      const child = Array.isArray(value) ? schema : shape[key];
      if (child === 0 || (child === undefined && item === undefined)) continue;
      // A JSON Pointer token: "~" and "/" escaped (built only for a value looked into, or refused).
      const at = `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (child) check(child, item, at);
      else {
        const suggestion = suggestProperty(Object.keys(shape), key);
        throw new InvalidArgumentError(
          `${at}: not a property of ${schema}${suggestion ? `; did you mean ${suggestion}?` : ""}`,
        );
      }
    }
}

/** Throws `InvalidArgumentError` naming the JSON path of the first property `body` has that its schema does not. */
export function checkBody(argument: string, body: unknown): void {
  const schema = bodySchemas[argument];
  if (schema) check(schema, body, "");
}
