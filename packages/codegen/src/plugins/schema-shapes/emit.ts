/**
 * The schema-shapes emitter: for every component schema with properties, each property's component schema
 * (of the value itself, or of each item of an array), or `null` for any other value. Runtime code that
 * walks values by the document (the mock server copying a seed into what it stores) reads it, so a
 * property the document adds is walked with no hand-kept list.
 */
import { propertyComponent } from "../../ir/refs.js";
import type { IR, JsonSchema } from "../../ir/types.js";

/** Emits `shapes.ts`: `schemaShapes`, by component schema, its properties and the component of each. */
export function emitSchemaShapes(ir: IR, header: string): string {
  const rows: string[] = [];
  for (const { name, schema } of ir.schemas) {
    const properties = schema.properties;
    if (typeof properties !== "object" || properties === null) continue;
    const shape = Object.fromEntries(
      Object.entries(properties as Record<string, JsonSchema>).map(([property, child]) => [
        property,
        propertyComponent(child),
      ]),
    );
    rows.push(`  ${JSON.stringify(name)}: ${JSON.stringify(shape)},`);
  }
  return [
    header,
    "/**",
    " * Every component schema with properties: each property's component schema (of the value, or of each",
    " * item of an array), or `null` for a value of any other schema.",
    " */",
    "export const schemaShapes: {",
    "  readonly [schema: string]: { readonly [property: string]: string | null };",
    "} = {",
    ...rows,
    "};",
    "",
  ].join("\n");
}
