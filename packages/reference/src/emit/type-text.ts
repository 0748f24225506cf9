/**
 * A schema written as the TypeScript type a reader sees in `@pieces-distributions/models`, in Markdown,
 * with every component schema linked to its page.
 */
import { type Json, refName } from "../document.js";

/** Where a model page is, relative to the page that links to it. */
export type ModelLink = (name: string) => string;

const SCALARS: { readonly [type: string]: string } = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
};

function scalar(type: string, schema: Json): string {
  const base = SCALARS[type];
  if (base === undefined) throw new TypeError(`the reference cannot write the type "${type}"`);
  const format =
    typeof schema.format === "string" ? ` (${schema.format})` : type === "integer" ? " (integer)" : "";
  return `\`${base}\`${format}`;
}

/** The Markdown type text of `schema`: `` `string` ``, `[Distribution](models/Distribution.md)`, ... */
export function typeText(schema: Json | null | undefined, link: ModelLink): string {
  if (schema === null || schema === undefined) return "nothing";
  const name = refName(schema);
  if (name !== null) return `[\`${name}\`](${link(name)})`;
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(" \\| ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  const written = types.map((type) => {
    if (type === "array") return `array of ${typeText(schema.items as Json | undefined, link)}`;
    if (type === "object" || type === undefined) {
      const values = schema.additionalProperties;
      if (typeof values === "object" && values !== null)
        return `object of ${typeText(values as Json, link)} by key`;
      return "object";
    }
    return scalar(String(type), schema);
  });
  return written.join(" or ");
}
