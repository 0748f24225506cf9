import { type IR, schemaRefName as refName } from "@pieces-distributions/codegen/light";
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

/** The component schema name a `$ref` points at, or undefined for any other reference. */
export function schemaRefName(ref: unknown): string | undefined {
  return refName({ $ref: ref }) ?? undefined;
}

/**
 * For every schema under `components/schemas` that an operation uses, the directions it travels in:
 * followed from each operation's parameters and request body (request) and answers (response) through
 * every `$ref`, transitively, as the codegen reader describes the document. Unused schemas are absent.
 */
export function schemaUsage(ir: IR): Map<string, Direction> {
  const usage = new Map<string, Direction>();
  for (const schema of ir.schemas) {
    const { request, response } = schema.reachableFrom;
    if (request || response) usage.set(schema.name, { request, response });
  }
  return usage;
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
