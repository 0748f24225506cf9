/**
 * The reference's view of the OpenAPI document: operations (with their parameters, body and answers) and
 * component schemas, `$ref`s resolved. It reads the already parsed document and the client's generated
 * operation table; it is the part to replace by the codegen package's intermediate description once that
 * exists (see this package's README).
 */

/** A parsed JSON/YAML object. */
export type Json = { readonly [key: string]: unknown };

/** The fields of one row of the client's generated `operationSpecs` that the reference uses. */
export interface OperationSpecRow {
  readonly method: string;
  readonly path: string;
  readonly params?: readonly string[];
  readonly body?: string;
  readonly returns?: string;
  readonly retry?: true;
}

/** One parameter of an operation (path, query or header). */
export interface ReferenceParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly description: string;
  readonly schema: Json;
  readonly example: unknown;
}

/** The request body of an operation and the property of the method's first argument that carries it. */
export interface ReferenceBody {
  readonly property: string;
  readonly required: boolean;
  readonly description: string;
  readonly contentType: string;
  readonly schema: Json;
  readonly example: unknown;
}

/** One documented answer of an operation. */
export interface ReferenceResponse {
  readonly status: string;
  readonly description: string;
  /** Its content type, or `null` when the answer has no body. */
  readonly contentType: string | null;
  readonly schema: Json | null;
  /** The first example of its body, if the document gives one. */
  readonly example: unknown;
}

/** One operation, joined from the document and the client's operation table. */
export interface ReferenceOperation {
  readonly methodName: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly parameters: readonly ReferenceParameter[];
  readonly body: ReferenceBody | null;
  readonly responses: readonly ReferenceResponse[];
  /** The component schema of the JSON success body, when there is one. */
  readonly returns: string | null;
  readonly retriedByDefault: boolean;
}

/** One component schema. */
export interface ReferenceModel {
  readonly name: string;
  readonly schema: Json;
  /** The operations whose parameters, body or answers reach this schema, by method name. */
  readonly usedBy: readonly string[];
}

/** Everything the reference is emitted from. */
export interface ReferenceInput {
  readonly title: string;
  readonly operations: readonly ReferenceOperation[];
  readonly models: readonly ReferenceModel[];
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
export const SCHEMA_REF_PREFIX = "#/components/schemas/";

function asJson(value: unknown, where: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new TypeError(`the reference generator expected an object at ${where}`);
  return value as Json;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Follows local `$ref`s (`#/components/...`) until a value that is not a reference. */
export function resolveRef(document: Json, value: unknown, where: string): Json {
  let current = asJson(value, where);
  for (let depth = 0; typeof current.$ref === "string"; depth++) {
    const ref = current.$ref;
    if (depth > 20 || !ref.startsWith("#/")) throw new TypeError(`unsupported $ref "${ref}" at ${where}`);
    let target: unknown = document;
    for (const part of ref.slice(2).split("/")) target = (target as Json | undefined)?.[part];
    current = asJson(target, ref);
  }
  return current;
}

/** The component schema a `$ref` names, or `null` for an inline schema. */
export function refName(schema: unknown): string | null {
  const ref = (schema as Json | null | undefined)?.$ref;
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF_PREFIX)
    ? ref.slice(SCHEMA_REF_PREFIX.length)
    : null;
}

/** The first value of an `examples` map (OpenAPI media types) or an `example`. */
function firstExample(document: Json, holder: Json, where: string): unknown {
  if (holder.example !== undefined) return holder.example;
  const examples = holder.examples as Json | undefined;
  const first = examples === undefined ? undefined : Object.values(examples)[0];
  return first === undefined ? undefined : resolveRef(document, first, where).value;
}

function readParameters(document: Json, item: Json, operation: Json, where: string): ReferenceParameter[] {
  const listed = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])];
  return listed.map((raw, index) => {
    const parameter = resolveRef(document, raw, `${where} parameter ${index}`);
    return {
      name: String(parameter.name),
      in: String(parameter.in),
      required: parameter.required === true,
      description: text(parameter.description),
      schema: asJson(parameter.schema ?? {}, `${where} parameter ${String(parameter.name)}`),
      example: firstExample(document, parameter, where),
    };
  });
}

function readBody(
  document: Json,
  operation: Json,
  property: string | undefined,
  where: string,
): ReferenceBody | null {
  if (operation.requestBody === undefined) return null;
  const body = resolveRef(document, operation.requestBody, `${where} requestBody`);
  const [contentType, media] =
    Object.entries(asJson(body.content ?? {}, `${where} requestBody.content`))[0] ?? [];
  if (contentType === undefined || property === undefined)
    throw new TypeError(`${where}: the client's operation table names no body property for its request body`);
  const mediaType = asJson(media, `${where} requestBody.content`);
  return {
    property,
    required: body.required === true,
    description: text(body.description),
    contentType,
    schema: asJson(mediaType.schema ?? {}, `${where} requestBody schema`),
    example: firstExample(document, mediaType, where),
  };
}

function readResponses(document: Json, operation: Json, where: string): ReferenceResponse[] {
  return Object.entries(asJson(operation.responses ?? {}, `${where} responses`)).map(([status, raw]) => {
    const response = resolveRef(document, raw, `${where} response ${status}`);
    const [contentType, media] = Object.entries((response.content as Json | undefined) ?? {})[0] ?? [];
    return {
      status,
      description: text(response.description),
      contentType: contentType ?? null,
      schema:
        media === undefined ? null : asJson((media as Json).schema ?? {}, `${where} response ${status}`),
      example:
        media === undefined
          ? undefined
          : firstExample(document, media as Json, `${where} response ${status}`),
    };
  });
}

/** Every component schema name a schema reaches through `$ref`s, itself included. */
function reachable(document: Json, start: unknown, into: Set<string>): void {
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    const name = refName(value);
    if (name !== null) {
      if (into.has(name)) return;
      into.add(name);
      visit(resolveRef(document, value, SCHEMA_REF_PREFIX + name));
      return;
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(start);
}

/**
 * Joins the parsed document with the client's operation table (`operationSpecs`, keyed by method name).
 * Throws, naming it, when an operation of the document has no row in the table or the other way round.
 */
export function readReferenceInput(
  document: Json,
  operationSpecs: { readonly [methodName: string]: OperationSpecRow },
): ReferenceInput {
  const rows = new Map(Object.entries(operationSpecs));
  const operations: ReferenceOperation[] = [];
  const usedBy = new Map<string, string[]>();
  for (const [path, rawItem] of Object.entries(asJson(document.paths ?? {}, "paths"))) {
    const item = asJson(rawItem, `paths.${path}`);
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const operation = asJson(item[method], `${method.toUpperCase()} ${path}`);
      const where = `${method.toUpperCase()} ${path}`;
      const entry = [...rows].find(([, row]) => row.path === path && row.method.toLowerCase() === method);
      if (entry === undefined) throw new TypeError(`${where} has no row in the client's operation table`);
      const [methodName, row] = entry;
      rows.delete(methodName);
      const parameters = readParameters(document, item, operation, where);
      const body = readBody(document, operation, row.body, where);
      const responses = readResponses(document, operation, where);
      operations.push({
        methodName,
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path,
        summary: text(operation.summary),
        description: text(operation.description),
        parameters,
        body,
        responses,
        returns: row.returns ?? null,
        retriedByDefault: row.retry === true,
      });
      const names = new Set<string>();
      reachable(
        document,
        [parameters.map((p) => p.schema), body?.schema, responses.map((r) => r.schema)],
        names,
      );
      for (const name of names) usedBy.set(name, [...(usedBy.get(name) ?? []), methodName]);
    }
  }
  if (rows.size > 0)
    throw new TypeError(
      `the client's operation table has rows the document does not: ${[...rows.keys()].join(", ")}`,
    );
  const schemas = asJson((document.components as Json | undefined)?.schemas ?? {}, "components.schemas");
  const models = Object.entries(schemas).map(([name, schema]) => ({
    name,
    schema: asJson(schema, SCHEMA_REF_PREFIX + name),
    usedBy: usedBy.get(name) ?? [],
  }));
  const info = (document.info as Json | undefined) ?? {};
  return { title: text(info.title), operations, models };
}
