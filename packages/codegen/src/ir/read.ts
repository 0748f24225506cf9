/**
 * The one reader of the OpenAPI document: parses it and builds the intermediate description (`types.ts`)
 * every emitter works from. Whatever it cannot describe it refuses, naming the operation and the construct.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { oneLine } from "./names.js";
import { firstExample, resolveRef, schemaRefName } from "./refs.js";
import {
  HTTP_METHODS,
  type IR,
  type IRMedia,
  type IROperation,
  type IRParameter,
  type IRRequestBody,
  type IRResponse,
  type IRSchema,
  type IRSchemaUse,
  type JsonObject,
  type JsonSchema,
  type MediaKind,
  PARAMETER_STYLES,
  type ParameterStyle,
} from "./types.js";

/** Reads the document at `documentPath`; `repositoryDir` makes `IR.source` a repository-relative path. */
export async function readDocument(documentPath: string, repositoryDir: string): Promise<IR> {
  const document = parse(await readFile(documentPath, "utf8")) as JsonObject;
  const source = path.relative(repositoryDir, documentPath).split(path.sep).join("/");
  return describeDocument(document, source);
}

/** Builds the intermediate description of an already parsed document. */
export function describeDocument(document: JsonObject, source: string): IR {
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.1")) {
    throw new Error(
      `${source}: only OpenAPI 3.1 documents are supported (openapi: ${String(document.openapi)})`,
    );
  }
  const operations = readOperations(document);
  const components = (document.components ?? {}) as JsonObject;
  const rawSchemas = (components.schemas ?? {}) as Record<string, JsonSchema>;
  const references = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(rawSchemas)) references.set(name, [...refsIn(schema)]);
  const uses = new Map<string, IRSchemaUse[]>();
  const direct = { request: new Set<string>(), response: new Set<string>() };
  for (const operation of operations) {
    const note = (schema: JsonSchema | undefined, use: IRSchemaUse, side: "request" | "response") => {
      for (const name of refsIn(schema ?? {})) {
        if (!(name in rawSchemas))
          throw new Error(`${operation.where}: $ref ${`#/components/schemas/${name}`} names no schema`);
        direct[side].add(name);
        if (schemaRefName(schema) === name) {
          const list = uses.get(name) ?? [];
          list.push(use);
          uses.set(name, list);
        }
      }
    };
    for (const parameter of operation.parameters)
      note(
        parameter.schema,
        { operationId: operation.operationId, as: "parameter", detail: parameter.name },
        "request",
      );
    for (const media of operation.requestBody?.contents ?? [])
      note(
        media.schema,
        { operationId: operation.operationId, as: "request", detail: media.contentType },
        "request",
      );
    for (const response of operation.responses)
      for (const media of response.contents)
        note(
          media.schema,
          { operationId: operation.operationId, as: "response", detail: response.status },
          "response",
        );
  }
  const reach = (start: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(references.get(name) ?? []));
    }
    return seen;
  };
  const requestSide = reach(direct.request);
  const responseSide = reach(direct.response);
  const schemas: IRSchema[] = Object.entries(rawSchemas).map(([name, schema]) => {
    for (const target of references.get(name) ?? [])
      if (!(target in rawSchemas))
        throw new Error(`#/components/schemas/${name}: $ref #/components/schemas/${target} names no schema`);
    return {
      name,
      schema,
      references: references.get(name) ?? [],
      usedBy: uses.get(name) ?? [],
      reachableFrom: { request: requestSide.has(name), response: responseSide.has(name) },
    };
  });
  const info = (document.info ?? {}) as JsonObject;
  return {
    document,
    source,
    title: String(info.title ?? ""),
    version: String(info.version ?? ""),
    schemas,
    operations,
  };
}

/** The names of every component schema referenced anywhere inside `schema`, in order of appearance. */
export function refsIn(schema: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (typeof node === "object" && node !== null) {
      const name = schemaRefName(node);
      if (name !== null) found.add(name);
      for (const [key, value] of Object.entries(node)) if (!key.startsWith("x-")) walk(value);
    }
  };
  walk(schema);
  return found;
}

function mediaKind(contentType: string): MediaKind {
  const type = contentType.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json" || type.endsWith("+json")) return "json";
  if (type.startsWith("text/")) return "text";
  return "binary";
}

function readContents(document: JsonObject, content: unknown, pointer: string): IRMedia[] {
  return Object.entries((content ?? {}) as Record<string, JsonObject>).map(([contentType, media]) => {
    const mediaPointer = `${pointer}/content/${contentType.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    return {
      contentType,
      kind: mediaKind(contentType),
      schema: media.schema as JsonSchema | undefined,
      schemaName: schemaRefName(media.schema),
      pointer: `${mediaPointer}/schema`,
      example: firstExample(document, media, mediaPointer),
    };
  });
}

function pointerOf(...tokens: string[]): string {
  return `#/${tokens.map((token) => token.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** Whether a parameter's value is an array, an object or anything else, following `$ref`s. */
function valueKind(document: JsonObject, schema: JsonSchema, pointer: string): IRParameter["kind"] {
  const { value } = resolveRef(document, schema, pointer);
  const types = [value.type].flat();
  if (types.includes("array")) return "array";
  return types.includes("object") || value.properties !== undefined ? "object" : "scalar";
}

function readParameter(document: JsonObject, raw: unknown, where: string, pointer: string): IRParameter {
  const { value: parameter, pointer: at } = resolveRef(document, raw, pointer);
  const name = parameter.name;
  const location = parameter.in;
  if (typeof name !== "string" || name === "")
    throw new Error(`${where}: a parameter without a name (${at})`);
  if (location === "cookie")
    throw new Error(
      `${where}: cookie parameter "${name}" is not supported (the client cannot set cookies in browsers); send it as a header parameter`,
    );
  if (location !== "path" && location !== "query" && location !== "header")
    throw new Error(`${where}: parameter "${name}" has an unknown location "${String(location)}"`);
  if (parameter.content !== undefined)
    throw new Error(`${where}: parameter "${name}" uses "content" (only "schema" parameters are supported)`);
  const style = String(parameter.style ?? (location === "query" ? "form" : "simple")) as ParameterStyle;
  const supported: readonly string[] = PARAMETER_STYLES[location];
  if (!supported.includes(style))
    throw new Error(
      `${where}: ${location} parameter "${name}" uses style "${style}" (supported: ${supported.join(", ")})`,
    );
  if (location === "path" && parameter.required !== true)
    throw new Error(`${where}: path parameter "${name}" must be required`);
  const schema = (parameter.schema ?? {}) as JsonSchema;
  const kind = valueKind(document, schema, `${at}/schema`);
  const explode =
    parameter.explode === undefined ? style === "form" || style === "deepObject" : parameter.explode === true;
  // Only the combinations OpenAPI defines a serialisation for.
  if (style === "deepObject" && (kind !== "object" || !explode))
    throw new Error(
      `${where}: query parameter "${name}" uses deepObject, which needs an object schema and explode`,
    );
  if (location === "header" && kind === "object" && explode)
    throw new Error(
      `${where}: header parameter "${name}" explodes an object (key=value pairs), which is not supported`,
    );
  if ((style === "spaceDelimited" || style === "pipeDelimited") && kind !== "array")
    throw new Error(`${where}: query parameter "${name}" uses ${style}, which needs an array schema`);
  return {
    name,
    in: location,
    required: parameter.required === true,
    description: oneLine(parameter.description),
    schema,
    style,
    explode,
    kind,
    deprecated: parameter.deprecated === true,
    pointer: `${at}/schema`,
    example: firstExample(document, parameter, at),
  };
}

function readOperations(document: JsonObject): IROperation[] {
  const operations: IROperation[] = [];
  const operationIds = new Set<string>();
  for (const [template, rawItem] of Object.entries((document.paths ?? {}) as Record<string, unknown>)) {
    const { value: pathItem } = resolveRef(document, rawItem, pointerOf("paths", template));
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as JsonObject | undefined;
      if (operation === undefined) continue;
      const where = `${method.toUpperCase()} ${template}`;
      const operationPointer = pointerOf("paths", template, method);
      const operationId = operation.operationId;
      if (typeof operationId !== "string") throw new Error(`${where}: every operation needs an operationId`);
      if (operationIds.has(operationId))
        throw new Error(`${where}: operationId ${operationId} is used twice`);
      operationIds.add(operationId);

      const byKey = new Map<string, IRParameter>();
      const itemParameters = (pathItem.parameters ?? []) as unknown[];
      const ownParameters = (operation.parameters ?? []) as unknown[];
      itemParameters.forEach((raw, index) => {
        const parameter = readParameter(
          document,
          raw,
          where,
          pointerOf("paths", template, "parameters", String(index)),
        );
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      });
      ownParameters.forEach((raw, index) => {
        const parameter = readParameter(document, raw, where, `${operationPointer}/parameters/${index}`);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      });
      const parameters = [...byKey.values()];
      const templateNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
      for (const name of templateNames)
        if (!parameters.some((parameter) => parameter.in === "path" && parameter.name === name))
          throw new Error(`${where}: the path names {${name}} but no path parameter "${name}" is declared`);
      for (const parameter of parameters)
        if (parameter.in === "path" && !templateNames.includes(parameter.name))
          throw new Error(`${where}: path parameter "${parameter.name}" is not in the path template`);

      let requestBody: IRRequestBody | null = null;
      if (operation.requestBody !== undefined) {
        const { value: body, pointer } = resolveRef(
          document,
          operation.requestBody,
          `${operationPointer}/requestBody`,
        );
        const contents = readContents(document, body.content, pointer);
        if (contents.length === 0) throw new Error(`${where}: request body without content`);
        requestBody = { required: body.required === true, description: oneLine(body.description), contents };
      }

      const responses: IRResponse[] = Object.entries(
        (operation.responses ?? {}) as Record<string, unknown>,
      ).map(([status, raw]) => {
        const { value: response, pointer } = resolveRef(
          document,
          raw,
          `${operationPointer}/responses/${status}`,
        );
        return {
          status,
          description: oneLine(response.description),
          contents: readContents(document, response.content, pointer),
        };
      });
      const successes = responses.filter((response) => /^2(\d\d|XX)$/.test(response.status));
      if (successes.length === 0) throw new Error(`${where}: no 2xx response`);

      const extensions: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(operation)) if (key.startsWith("x-")) extensions[key] = value;
      operations.push({
        operationId,
        method,
        path: template,
        summary: oneLine(operation.summary),
        description: oneLine(operation.description),
        deprecated: operation.deprecated === true,
        tags: ((operation.tags ?? []) as unknown[]).map(String),
        parameters,
        requestBody,
        responses,
        successes,
        extensions,
        where,
      });
    }
  }
  return operations;
}
