/**
 * Turns values between the official SDK's shape (`_public`, `githubId`, `Date`) and the wire's (`public`,
 * `github_id`, ISO strings), the way its generated `XFromJSON`/`XToJSON` functions do, driven by the table
 * generated from the document (`generated/compat-models.ts`) instead of code per model.
 */
import { InvalidArgumentError } from "../errors.js";
import { suggestProperty } from "../internal/check-body.js";

/** How one official property maps to the wire. */
export interface CompatProperty {
  /** Its name on the wire. */
  readonly wire: string;
  /** `true` when the schema requires it. */
  readonly required?: true;
  /** The component schema its value (or each item of it) is converted with. */
  readonly model?: string;
  /** `true` for a `date-time` string, a `Date` in the official shape. */
  readonly date?: true;
}

/** Every object schema's properties by official name; `null` for an open object (passed through). */
export type CompatModels = {
  readonly [schema: string]: { readonly [officialName: string]: CompatProperty } | null;
};

/** The component schemas of one method's request body and success answer. */
export interface CompatOperationSchemas {
  readonly body?: string;
  readonly returns?: string;
}

type Json = { [key: string]: unknown };

function convertValue(
  property: CompatProperty,
  value: unknown,
  convert: (schema: string, value: unknown, path: string) => unknown,
  toWire: boolean,
  path: string,
): unknown {
  const one = (item: unknown, at: string): unknown => {
    if (property.model !== undefined) return convert(property.model, item, at);
    if (property.date) return toWire ? (item as Date).toISOString() : new Date(item as string);
    return item;
  };
  if (property.model === undefined && !property.date) return value;
  if (Array.isArray(value)) return value.map((item, index) => one(item, `${path}/${index}`));
  return one(value, path);
}

/**
 * The wire value of `value`, an official-shaped `schema` (`SeededGitHubGistDistribution` with `_public`):
 * what its `XToJSON` sends. A property the official model does not have is refused with
 * `InvalidArgumentError` naming its JSON path (the official SDK would drop it, and the call would mean
 * something else); one whose value is `undefined` is left out, as `JSON.stringify` would.
 */
export function toWire(models: CompatModels, schema: string, value: unknown, path = ""): unknown {
  const properties = models[schema];
  if (value == null || properties === null || properties === undefined || typeof value !== "object")
    return value;
  const result: Json = {};
  for (const key in value as Json) {
    if ((value as Json)[key] !== undefined && properties[key] === undefined) {
      const suggestion = suggestProperty(Object.keys(properties), key);
      throw new InvalidArgumentError(
        `${path}/${key}: not a property of ${schema}${suggestion === undefined ? "" : `; did you mean ${suggestion}?`}`,
      );
    }
  }
  for (const [official, property] of Object.entries(properties)) {
    const item = (value as Json)[official];
    // As the official XToJSON: an optional value that is absent (or null) stays absent.
    result[property.wire] =
      item == null && !property.required
        ? undefined
        : convertValue(
            property,
            item,
            (child, inner, at) => toWire(models, child, inner, at),
            true,
            `${path}/${official}`,
          );
  }
  return result;
}

/**
 * The official-shaped value of `value`, a wire `schema`: what its `XFromJSON` returns (every property of the
 * model present, `undefined` where the wire had none; wire properties the model lacks dropped; `Date`s).
 */
export function fromWire(models: CompatModels, schema: string, value: unknown): unknown {
  const properties = models[schema];
  if (value == null || properties === null || properties === undefined || typeof value !== "object")
    return value;
  const result: Json = {};
  for (const [official, property] of Object.entries(properties)) {
    const item = (value as Json)[property.wire];
    result[official] =
      item == null && !property.required
        ? undefined
        : convertValue(property, item, (child, inner) => fromWire(models, child, inner), false, "");
  }
  return result;
}
