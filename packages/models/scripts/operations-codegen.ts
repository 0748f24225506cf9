/**
 * Writes `src/generated/operations.ts`: the document's operations as plain runtime data (method, path, path
 * parameters, request body, and each response's content type and schema). The mock server routes from it;
 * anything else that needs the wire facts of an operation at run time can read it too.
 */

type Json = { readonly [key: string]: unknown };

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const SCHEMA_REF_PREFIX = "#/components/schemas/";

/** The wire facts of one operation, as the generated table records them. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly pathParameters: readonly string[];
  readonly requestBody: {
    readonly required: boolean;
    readonly contentType: string;
    readonly schema: string;
  } | null;
  readonly successStatus: number;
  readonly responses: Readonly<
    Record<string, { readonly contentType: string | null; readonly schema: string | null }>
  >;
}

function resolve(document: Json, value: unknown): Json {
  let current = value as Json;
  // Follow local references such as #/components/responses/InternalServerError.
  for (let depth = 0; typeof current?.$ref === "string" && depth < 10; depth++) {
    const pointer = (current.$ref as string).replace(/^#\//, "").split("/");
    let target: unknown = document;
    for (const token of pointer)
      target = (target as Json | undefined)?.[token.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (target === undefined) throw new Error(`unresolved reference ${String(current.$ref)}`);
    current = target as Json;
  }
  return current;
}

function schemaName(schema: unknown, where: string): string | null {
  if (schema === undefined) return null;
  const ref = (schema as Json).$ref;
  if (typeof ref === "string" && ref.startsWith(SCHEMA_REF_PREFIX))
    return ref.slice(SCHEMA_REF_PREFIX.length);
  if ((schema as Json).type === "string") return null;
  throw new Error(`${where}: bodies must reference a component schema (or be a plain string)`);
}

/** Reads every operation of the document into descriptors, in document order. */
export function readOperations(document: Json): OperationDescriptor[] {
  const operations: OperationDescriptor[] = [];
  const paths = (document.paths ?? {}) as Record<string, Json>;
  for (const [path, pathItem] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (operation === undefined) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operationId = operation.operationId;
      if (typeof operationId !== "string") throw new Error(`${where}: every operation needs an operationId`);
      const parameters = [
        ...((pathItem.parameters ?? []) as unknown[]),
        ...((operation.parameters ?? []) as unknown[]),
      ]
        .map((parameter) => resolve(document, parameter))
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => String(parameter.name));
      let requestBody: OperationDescriptor["requestBody"] = null;
      if (operation.requestBody !== undefined) {
        const body = resolve(document, operation.requestBody);
        const [contentType, media] = Object.entries((body.content ?? {}) as Record<string, Json>)[0] ?? [];
        if (contentType === undefined || media === undefined)
          throw new Error(`${where}: request body without content`);
        const schema = schemaName(media.schema, `${where} request body`);
        if (schema === null) throw new Error(`${where}: the request body must reference a component schema`);
        requestBody = { required: body.required === true, contentType, schema };
      }
      const responses: Record<string, { contentType: string | null; schema: string | null }> = {};
      for (const [status, responseValue] of Object.entries(
        (operation.responses ?? {}) as Record<string, unknown>,
      )) {
        const response = resolve(document, responseValue);
        const [contentType, media] =
          Object.entries((response.content ?? {}) as Record<string, Json>)[0] ?? [];
        responses[status] = {
          contentType: contentType ?? null,
          schema: media === undefined ? null : schemaName(media.schema, `${where} response ${status}`),
        };
      }
      const successStatus = Object.keys(responses)
        .map(Number)
        .find((status) => status >= 200 && status < 300);
      if (successStatus === undefined) throw new Error(`${where}: no 2xx response`);
      operations.push({
        operationId,
        method,
        path,
        summary: String(operation.summary ?? ""),
        pathParameters: parameters,
        requestBody,
        successStatus,
        responses,
      });
    }
  }
  return operations;
}

/** Generates the TypeScript source of the operations table. */
export function generateOperationsSource(document: Json, header: string): string {
  const operations = readOperations(document);
  const entries = operations.map(
    (operation) =>
      `  ${operation.operationId}: ${JSON.stringify(operation, null, 2).replace(/\n/g, "\n  ")},`,
  );
  return [
    header,
    "/** The wire facts of one operation of the document. */",
    "export interface OperationDescriptor {",
    "  /** The document's operationId, such as `distributions_snapshot`. */",
    "  readonly operationId: string;",
    "  /** The HTTP method, lower case. */",
    '  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";',
    "  /** The path template, such as `/distributions/{distribution}/delete`. */",
    "  readonly path: string;",
    "  /** The operation's one-line summary. */",
    "  readonly summary: string;",
    "  /** The names of the path parameters, in template order. */",
    "  readonly pathParameters: readonly string[];",
    "  /** The request body: whether it is required, its content type and the schema it must match. */",
    "  readonly requestBody: { readonly required: boolean; readonly contentType: string; readonly schema: string } | null;",
    "  /** The status of a successful answer. */",
    "  readonly successStatus: number;",
    "  /** Every documented answer by status: its content type and schema (`null` for none or plain text). */",
    "  readonly responses: { readonly [status: string]: { readonly contentType: string | null; readonly schema: string | null } };",
    "}",
    "",
    "/** Every operation of the document, keyed by operationId, in document order. */",
    "export const operations = {",
    ...entries,
    "} as const satisfies Record<string, OperationDescriptor>;",
    "",
    "/** The operationId of every operation in the document. */",
    "export type OperationId = keyof typeof operations;",
    "",
  ].join("\n");
}
