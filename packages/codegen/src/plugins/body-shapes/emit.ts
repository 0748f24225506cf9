/**
 * The body-shapes emitter: from the document's component schemas and the schemas of its request bodies,
 * the source of `src/generated/body-shapes.ts`, the property-name table `src/internal/check-body.ts` refuses
 * unknown request-body properties with. Only schemas a request body can reach are in it, and for each
 * property only what the check needs: the schema its value (or each item of it) must have, or 0.
 *
 * A schema that says `additionalProperties` (true or a schema) is open and left out, so it is not checked.
 * Every other object schema is taken to be closed in a request: the document describes what Pieces OS
 * reads, and a property it does not know is dropped there, so the call would silently mean something else.
 */
import { propertyComponent } from "../../ir/refs.js";
import { type IR, type JsonSchema, SCHEMA_REF_PREFIX } from "../../ir/types.js";
import type { ClientOperation } from "../client/emit.js";

/** Emits the TypeScript source of `src/generated/body-shapes.ts` from the IR and the client's operations. */
export function emitBodyShapes(ir: IR, clients: readonly ClientOperation[], header: string): string {
  const schemas: Readonly<Record<string, JsonSchema>> = Object.fromEntries(
    ir.schemas.map(({ name, schema }) => [name, schema]),
  );
  // The name of each method's body argument (`seededDistribution`) -> the component schema of the body.
  const bodies: Record<string, string> = {};
  for (const client of clients)
    if (client.body?.media.schemaName != null) bodies[client.body.property] = client.body.media.schemaName;
  const shapes = new Map<string, Record<string, string | 0>>();
  const pending = [...new Set(Object.values(bodies))];
  while (pending.length > 0) {
    const name = pending.shift() as string;
    const schema = schemas[name];
    if (schema === undefined)
      throw new Error(`${SCHEMA_REF_PREFIX}${name}: a request body refers to a missing schema`);
    if (shapes.has(name) || schema.type !== "object" || schema.additionalProperties !== undefined) continue;
    const properties: Record<string, string | 0> = {};
    for (const [property, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const target = propertyComponent(child);
      const checked =
        target !== null &&
        schemas[target]?.type === "object" &&
        schemas[target]?.additionalProperties === undefined;
      properties[property] = checked ? target : 0;
      if (checked) pending.push(target);
    }
    shapes.set(name, properties);
  }
  const literal = (value: object) =>
    JSON.stringify(value)
      .replace(/"([A-Za-z_$][\w$]*)":/g, "$1: ")
      .replace(/,/g, ", ");
  return [
    header,
    "",
    "/** The schema of each method's body argument, by the argument's name; a body not listed is not checked. */",
    `export const bodySchemas: { readonly [argument: string]: string } = ${literal(bodies)};`,
    "",
    "/**",
    " * Every closed object schema a request body can reach: its properties, each with the schema its value (or",
    " * each item of it) is checked against, or 0 for a value that is not checked further.",
    " */",
    "export const bodyShapes: { readonly [schema: string]: { readonly [property: string]: string | 0 } } = {",
    ...[...shapes].map(([name, properties]) => `  ${name}: ${literal(properties)},`),
    "};",
    "",
  ].join("\n");
}
