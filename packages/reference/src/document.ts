/**
 * The reference's view of the OpenAPI document: operations (with their parameters, body and answers) and
 * component schemas. It is built from the codegen package's intermediate description (the one reader of the
 * document) joined with the client's generated operation table, which names the methods.
 */
import {
  describeDocument,
  type IR,
  type IRMedia,
  refsIn,
  SCHEMA_REF_PREFIX,
  sampleValue,
  schemaRefName,
} from "@pieces-distributions/codegen/light";

export { SCHEMA_REF_PREFIX };

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

/** The component schema a `$ref` names, or `null` for an inline schema. */
export const refName: (schema: unknown) => string | null = schemaRefName;

function firstMedia(contents: readonly IRMedia[]): IRMedia | undefined {
  return contents[0];
}

/** The component schemas reachable from `start` through `references`, `start` included. */
function closure(ir: IR, start: Iterable<string>): Set<string> {
  const references = new Map(ir.schemas.map((schema) => [schema.name, schema.references]));
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(references.get(name) ?? []));
  }
  return seen;
}

/**
 * Joins the document's intermediate description with the client's operation table (`operationSpecs`,
 * keyed by method name). Throws, naming it, when an operation of the document has no row in the table or
 * the other way round. `source` names the document in the reader's messages.
 */
export function readReferenceInput(
  document: Json,
  operationSpecs: { readonly [methodName: string]: OperationSpecRow },
  source = "the document",
): ReferenceInput {
  const ir = describeDocument(document, source);
  const rows = new Map(Object.entries(operationSpecs));
  const operations: ReferenceOperation[] = [];
  const usedBy = new Map<string, string[]>();
  for (const operation of ir.operations) {
    const method = operation.method.toUpperCase();
    const entry = [...rows].find(([, row]) => row.path === operation.path && row.method === method);
    if (entry === undefined)
      throw new TypeError(`${operation.where} has no row in the client's operation table`);
    const [methodName, row] = entry;
    rows.delete(methodName);
    const parameters: ReferenceParameter[] = operation.parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required,
      description: parameter.description,
      schema: parameter.schema,
      // A required parameter the document gives no example gets a value built from its schema.
      example:
        parameter.example === undefined && parameter.required
          ? sampleValue(ir.document, parameter.schema)
          : parameter.example,
    }));
    const bodyMedia = operation.requestBody === null ? undefined : firstMedia(operation.requestBody.contents);
    if (operation.requestBody !== null && row.body === undefined)
      throw new TypeError(
        `${operation.where}: the client's operation table names no body property for its request body`,
      );
    const body: ReferenceBody | null =
      operation.requestBody === null || bodyMedia === undefined || row.body === undefined
        ? null
        : {
            property: row.body,
            required: operation.requestBody.required,
            description: operation.requestBody.description,
            contentType: bodyMedia.contentType,
            schema: bodyMedia.schema ?? {},
            example:
              bodyMedia.example === undefined && operation.requestBody.required
                ? sampleValue(ir.document, bodyMedia.schema ?? {})
                : bodyMedia.example,
          };
    const responses: ReferenceResponse[] = operation.responses.map((response) => {
      const media = firstMedia(response.contents);
      return {
        status: response.status,
        description: response.description,
        contentType: media?.contentType ?? null,
        schema: media === undefined ? null : (media.schema ?? {}),
        example: media?.example,
      };
    });
    operations.push({
      methodName,
      operationId: operation.operationId,
      method,
      path: operation.path,
      summary: operation.summary,
      description: operation.description,
      parameters,
      body,
      responses,
      returns: row.returns ?? null,
      retriedByDefault: row.retry === true,
    });
    const direct = new Set<string>();
    const schemas = [...parameters.map((p) => p.schema), body?.schema, ...responses.map((r) => r.schema)];
    for (const schema of schemas) for (const name of refsIn(schema ?? {})) direct.add(name);
    for (const name of closure(ir, direct)) usedBy.set(name, [...(usedBy.get(name) ?? []), methodName]);
  }
  if (rows.size > 0)
    throw new TypeError(
      `the client's operation table has rows the document does not: ${[...rows.keys()].join(", ")}`,
    );
  const models = ir.schemas.map((schema) => ({
    name: schema.name,
    schema: schema.schema,
    usedBy: usedBy.get(schema.name) ?? [],
  }));
  return { title: ir.title, operations, models };
}
