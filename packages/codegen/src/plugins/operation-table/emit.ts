/**
 * The operation-table emitter: the document's operations as plain runtime data (method, path, parameters,
 * request body, and each answer's content type and schema), typed by the models' hand-written
 * `OperationDescriptor`. The mock server routes, validates and answers from it.
 */

import { resolveRef, valueAt } from "../../ir/refs.js";
import type { IR, IRMedia, IROperation, IRParameter, JsonObject } from "../../ir/types.js";
import { sampleValue } from "./sample.js";

/** The options of the emitter. */
export interface OperationTableOptions {
  /** The header comment the file starts with. */
  readonly header: string;
  /** Module specifier of the hand-written `OperationDescriptor` type, relative to the generated file. */
  readonly descriptorImport: string;
}

function media(contents: readonly IRMedia[]): { contentType: string | null; schema: string | null } {
  const first = contents.find((content) => content.kind === "json") ?? contents[0];
  return { contentType: first?.contentType ?? null, schema: first?.schemaName ?? null };
}

/** What the mock server answers by default: the first 2xx with its example, or a value built from its schema. */
function mockAnswer(operation: IROperation, document: JsonObject): Record<string, unknown> {
  const success = operation.successes[0] as IROperation["successes"][number];
  const status = success.status === "2XX" ? 200 : Number(success.status);
  const media =
    success.contents.find((content) => content.kind === "json") ??
    success.contents.find((content) => content.kind === "text");
  if (media === undefined) return { status };
  // The media type object as written: its `example` or first of `examples` wins over a built value.
  const written = valueAt(document, media.pointer.replace(/\/schema$/, "")) as JsonObject | undefined;
  const examples = (written?.examples ?? {}) as Record<string, { value?: unknown }>;
  const first = Object.values(examples)[0];
  const example =
    written?.example ??
    (first === undefined ? undefined : resolveRef(document, first, media.pointer).value.value);
  const value = example !== undefined ? example : sampleValue(document, media.schema ?? {});
  return {
    status,
    contentType: media.contentType,
    ...(media.kind === "json" ? { json: value } : { text: String(value ?? "") }),
  };
}

/** The JSON type of a schema, its `$ref`s followed (`string` when it names none or several). */
function jsonType(document: JsonObject, schema: unknown, pointer: string): string {
  if (typeof schema !== "object" || schema === null) return "string";
  const types = [resolveRef(document, schema, pointer).value.type].flat().filter((type) => type !== "null");
  return types.length === 1 && typeof types[0] === "string" ? types[0] : "string";
}

/** How a parameter's wire text is read (`ParameterDescriptor.textTypes`). */
function textTypes(document: JsonObject, parameter: IRParameter): Record<string, string> {
  const schema = resolveRef(document, parameter.schema, parameter.pointer).value;
  if (parameter.kind === "array") return { "": jsonType(document, schema.items, parameter.pointer) };
  if (parameter.kind === "scalar") return { "": jsonType(document, schema, parameter.pointer) };
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      jsonType(document, property, parameter.pointer),
    ]),
  );
}

/** One operation as the table's row (the shape of `OperationDescriptor`). */
export function operationRow(operation: IROperation, document: JsonObject = {}): Record<string, unknown> {
  const body = operation.requestBody;
  const bodyMedia = body === null ? null : media(body.contents);
  const success = operation.successes[0] as IROperation["successes"][number];
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    summary: operation.summary,
    pathParameters: operation.parameters
      .filter((parameter) => parameter.in === "path")
      .map((parameter) => parameter.name),
    parameters: operation.parameters
      .filter((parameter) => parameter.in !== "path")
      .map((parameter) => ({
        name: parameter.name,
        in: parameter.in,
        required: parameter.required,
        style: parameter.style,
        explode: parameter.explode,
        kind: parameter.kind,
        textTypes: textTypes(document, parameter),
        schema: parameter.schema,
      })),
    requestBody:
      body === null || bodyMedia === null
        ? null
        : { required: body.required, contentType: bodyMedia.contentType, schema: bodyMedia.schema },
    successStatus: success.status === "2XX" ? 200 : Number(success.status),
    responses: Object.fromEntries(
      operation.responses.map((response) => [response.status, media(response.contents)]),
    ),
    extensions: operation.extensions,
    mockAnswer: mockAnswer(operation, document),
  };
}

/** Emits the models' `src/generated/operations.ts`. */
export function emitOperationTable(ir: IR, options: OperationTableOptions): string {
  const entries = ir.operations.map(
    (operation) =>
      `  ${operation.operationId}: ${JSON.stringify(operationRow(operation, ir.document), null, 2).replace(/\n/g, "\n  ")},`,
  );
  return [
    options.header,
    `import type { OperationDescriptor } from ${JSON.stringify(options.descriptorImport)};`,
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
