/**
 * Turns values between the official SDK's shape (`_public`, `githubId`, `Date`) and the wire's (`public`,
 * `github_id`, ISO strings), the way its generated `XFromJSON`/`XToJSON` functions do, driven by the table
 * generated from the document (`generated/compat-models.ts`) instead of code per model.
 */
import { InvalidArgumentError } from "../errors.js";
import { suggestProperty } from "../internal/check-body.js";

/** How a value is converted: as a model, as one of several models, as a `date-time`, or as it is. */
export interface CompatConversion {
  /** The model its value (or each item of it) is converted with. */
  readonly model?: string;
  /**
   * The models its value (or each item) may be: the first whose required properties are all present is
   * taken, as typescript-fetch's `instanceOf` checks choose; a value matching none passes as it is.
   */
  readonly oneOf?: readonly string[];
  /** `true` for a `date-time` string, a `Date` in the official shape. */
  readonly date?: true;
}

/** How one official property maps to the wire. */
export interface CompatProperty extends CompatConversion {
  /** Its name on the wire. */
  readonly wire: string;
  /** `true` when the schema requires it. */
  readonly required?: true;
}

/**
 * Every model by schema name: an object's properties by official name; `[conversion]` for an alias (an
 * array or union component) of models or dates; `null` for a value that passes through as it is.
 */
export type CompatModels = {
  readonly [schema: string]:
    | { readonly [officialName: string]: CompatProperty }
    | readonly [CompatConversion]
    | null;
};

/** One method: its required request properties, and how its request body and success answer are converted. */
export interface CompatOperationSchemas {
  readonly required?: readonly string[];
  readonly body?: CompatConversion;
  readonly returns?: CompatConversion;
}

type Json = { [key: string]: unknown };
type ObjectModel = { readonly [officialName: string]: CompatProperty };

/** The model of `oneOf` whose required properties (official names, or wire names `fromWire`) `value` all has. */
function chooseModel(
  models: CompatModels,
  conversion: CompatConversion,
  value: unknown,
  wire: boolean,
): string | undefined {
  if (conversion.model !== undefined) return conversion.model;
  if (typeof value !== "object" || value === null) return undefined;
  return conversion.oneOf?.find((name) => {
    const properties = models[name];
    if (properties === null || properties === undefined || Array.isArray(properties)) return false;
    return Object.entries(properties as ObjectModel).every(
      ([official, property]) =>
        !property.required || (value as Json)[wire ? property.wire : official] !== undefined,
    );
  });
}

/** `value` converted as `conversion` says, towards the wire or from it; arrays item by item. */
export function convert(
  models: CompatModels,
  conversion: CompatConversion,
  value: unknown,
  towardsWire: boolean,
  path = "",
): unknown {
  if (value == null || (conversion.model === undefined && conversion.oneOf === undefined && !conversion.date))
    return value;
  if (Array.isArray(value))
    return value.map((item, index) => convert(models, conversion, item, towardsWire, `${path}/${index}`));
  if (conversion.date) return towardsWire ? (value as Date).toISOString() : new Date(value as string);
  const model = chooseModel(models, conversion, value, !towardsWire);
  if (model === undefined) return value;
  return towardsWire ? toWire(models, model, value, path) : fromWire(models, model, value);
}

/**
 * The wire value of `value`, an official-shaped `schema` (`SeededGitHubGistDistribution` with `_public`):
 * what its `XToJSON` sends. A property the official model does not have is refused with
 * `InvalidArgumentError` naming its JSON path (the official SDK would drop it, and the call would mean
 * something else); one whose value is `undefined` is left out, as `JSON.stringify` would; `null` is sent
 * as `null`, as the official SDK sends it (an absent optional date stays absent).
 */
export function toWire(models: CompatModels, schema: string, value: unknown, path = ""): unknown {
  const model = models[schema];
  if (Array.isArray(model)) return convert(models, model[0] as CompatConversion, value, true, path);
  const properties = model as ObjectModel | null | undefined;
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
  for (const [official, property] of Object.entries(
    properties as { [officialName: string]: CompatProperty },
  )) {
    const item = (value as Json)[official];
    // As the official XToJSON: an optional date that is absent (or null) stays absent; null is sent as null.
    result[property.wire] =
      item == null && property.date && !property.required
        ? undefined
        : convert(models, property, item, true, `${path}/${official}`);
  }
  return result;
}

/**
 * The official-shaped value of `value`, a wire `schema`: what its `XFromJSON` returns (every property of the
 * model present, `undefined` where the wire had none or null; wire properties the model lacks dropped; `Date`s).
 */
export function fromWire(models: CompatModels, schema: string, value: unknown): unknown {
  const model = models[schema];
  if (Array.isArray(model)) return convert(models, model[0] as CompatConversion, value, false);
  const properties = model as ObjectModel | null | undefined;
  if (value == null || properties === null || properties === undefined || typeof value !== "object")
    return value;
  const result: Json = {};
  for (const [official, property] of Object.entries(
    properties as { [officialName: string]: CompatProperty },
  )) {
    const item = (value as Json)[property.wire];
    result[official] =
      item == null && !property.required ? undefined : convert(models, property, item, false);
  }
  return result;
}
