/**
 * Turns the operations of an OpenAPI document into the source of `src/generated/operations.ts`: a table of
 * plain data (one row per operation) that the runtime builds the client's methods from, and the types of
 * those methods, written against the `operations` type of the models package.
 */

type Json = { readonly [key: string]: unknown };

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const SCHEMA_REF_PREFIX = "#/components/schemas/";
const JSON_MEDIA_TYPE = "application/json";

/** How the generated file reaches the code it depends on, and which operations retry by default. */
export interface CodegenOptions {
  /** Module specifier of the models package (its `operations` type). */
  readonly modelsImport: string;
  /** The client runtime folder, relative to the generated file. */
  readonly runtimeImport: string;
  /** Lower-case HTTP methods that are retried without the caller asking. */
  readonly retryByDefault: readonly string[];
  /** The header comment the file starts with. */
  readonly header: string;
}

/** One operation, as the generator reads it from the document. */
export interface OperationModel {
  readonly operationId: string;
  readonly methodName: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly { readonly name: string; readonly description: string }[];
  readonly body: {
    readonly param: string;
    readonly required: boolean;
    readonly description: string;
    /** The component schema of the body, when it references one. */
    readonly schema: string | null;
  } | null;
  readonly successStatus: number;
  readonly responseSchema: string | null;
  readonly retryByDefault: boolean;
  readonly summary: string;
  readonly description: string;
}

/** `distributions_create_new_distribution` -> `distributionsCreateNewDistribution` (the official SDK's names). */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words
    .map((word, index) =>
      index === 0
        ? word.charAt(0).toLowerCase() + word.slice(1)
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

function resolve(document: Json, value: unknown): Json {
  let current = value as Json;
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

function refName(schema: unknown): string | null {
  const ref = (schema as Json | undefined)?.$ref;
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF_PREFIX)
    ? ref.slice(SCHEMA_REF_PREFIX.length)
    : null;
}

function oneLine(text: unknown): string {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Reads every operation of the document, in document order; fails naming the operation it cannot handle. */
export function readOperations(document: Json, retryByDefault: readonly string[]): OperationModel[] {
  const result: OperationModel[] = [];
  const methodNames = new Set<string>();
  for (const [path, pathItem] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (operation === undefined) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (typeof operation.operationId !== "string")
        throw new Error(`${where}: every operation needs an operationId`);
      const operationId = operation.operationId;
      const methodName = camelCase(operationId);
      if (methodNames.has(methodName))
        throw new Error(`${where}: method name ${methodName} is already taken`);
      methodNames.add(methodName);

      const parameters = [
        ...((pathItem.parameters ?? []) as unknown[]),
        ...((operation.parameters ?? []) as unknown[]),
      ].map((parameter) => resolve(document, parameter));
      const unsupported = parameters.find((parameter) => parameter.in !== "path");
      if (unsupported !== undefined)
        throw new Error(
          `${where}: ${String(unsupported.in)} parameter "${String(unsupported.name)}" is not supported by the client generator (only path parameters are)`,
        );
      const pathParams = parameters.map((parameter) => ({
        name: String(parameter.name),
        description: oneLine(parameter.description),
      }));

      let body: OperationModel["body"] = null;
      if (operation.requestBody !== undefined) {
        const requestBody = resolve(document, operation.requestBody);
        const media = (requestBody.content as Record<string, Json> | undefined)?.[JSON_MEDIA_TYPE];
        if (media === undefined) throw new Error(`${where}: the request body must be ${JSON_MEDIA_TYPE}`);
        const schema = refName(media.schema);
        body = {
          param: schema === null ? "body" : camelCase(schema),
          required: requestBody.required === true,
          description: oneLine(requestBody.description),
          schema,
        };
        if (pathParams.some((parameter) => parameter.name === body?.param))
          throw new Error(`${where}: the body parameter "${body.param}" has the name of a path parameter`);
      }

      const responses = (operation.responses ?? {}) as Record<string, unknown>;
      const successStatus = Object.keys(responses)
        .map(Number)
        .find((status) => status >= 200 && status < 300);
      if (successStatus === undefined) throw new Error(`${where}: no 2xx response`);
      const success = resolve(document, responses[String(successStatus)]);
      const content = (success.content ?? {}) as Record<string, Json>;
      let responseSchema: string | null = null;
      if (Object.keys(content).length > 0) {
        const media = content[JSON_MEDIA_TYPE];
        if (media === undefined)
          throw new Error(`${where}: the ${successStatus} answer must be ${JSON_MEDIA_TYPE} or empty`);
        responseSchema = refName(media.schema);
        if (responseSchema === null)
          throw new Error(`${where}: the ${successStatus} answer must reference a component schema`);
      }

      result.push({
        operationId,
        methodName,
        method: method.toUpperCase(),
        path,
        pathParams,
        body,
        successStatus,
        responseSchema,
        retryByDefault: retryByDefault.includes(method),
        summary: oneLine(operation.summary),
        description: oneLine(operation.description),
      });
    }
  }
  return result;
}

function docComment(lines: readonly string[], indent: string): string {
  if (lines.length === 1) return `${indent}/** ${String(lines[0]).replace(/\*\//g, "*\\/")} */`;
  const body = lines.map((line) =>
    line === "" ? `${indent} *` : `${indent} * ${line.replace(/\*\//g, "*\\/")}`,
  );
  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}

function operationDoc(operation: OperationModel): string[] {
  const answer =
    operation.responseSchema === null
      ? `resolves with nothing once Pieces OS answers ${operation.successStatus}`
      : `resolves with the \`${operation.responseSchema}\` Pieces OS answers (${operation.successStatus})`;
  return [
    operation.summary.replace(/\.?$/, "."),
    ...(operation.description === "" ? [] : ["", operation.description]),
    "",
    `\`${operation.method} ${operation.path}\` (\`${operation.operationId}\`); ${answer}.`,
    operation.retryByDefault
      ? "Retried by default on connection errors, timeouts, 408, 429 and 5xx answers."
      : "Not retried unless this call sets `maxRetries`: repeating it could change data twice.",
  ];
}

function tableRow(operation: OperationModel): string {
  // operationId and success status go in the row's comment: the runtime needs neither, and every byte of
  // the table ships in the client's bundle.
  const row = {
    method: operation.method,
    path: operation.path,
    ...(operation.pathParams.length === 0
      ? {}
      : { params: operation.pathParams.map((parameter) => parameter.name) }),
    // Absent rather than null or false when there is none: the runtime tests them for truth.
    ...(operation.body === null ? {} : { body: operation.body.param }),
    ...(operation.responseSchema === null ? {} : { returns: operation.responseSchema }),
    ...(operation.retryByDefault ? { retry: true } : {}),
  };
  const fields = Object.entries(row).map(([key, value]) => `    ${key}: ${JSON.stringify(value)},`);
  const comment = `\`${operation.operationId}\`: ${operation.summary}; answers ${operation.successStatus} on success.`;
  return [docComment([comment], "  "), `  ${operation.methodName}: {`, ...fields, "  },"].join("\n");
}

function requestTypeName(operation: OperationModel): string {
  return `${pascalCase(operation.operationId)}Request`;
}

function requestInterface(operation: OperationModel): string[] {
  const op = `operations[${JSON.stringify(operation.operationId)}]`;
  const fields: string[] = [];
  for (const parameter of operation.pathParams) {
    if (parameter.description !== "") fields.push(docComment([parameter.description], "  "));
    fields.push(`  ${parameter.name}: ${op}["parameters"]["path"][${JSON.stringify(parameter.name)}];`);
  }
  if (operation.body !== null) {
    if (operation.body.description !== "") fields.push(docComment([operation.body.description], "  "));
    const optional = operation.body.required ? "" : "?";
    const requestBody = operation.body.required
      ? `${op}["requestBody"]`
      : `NonNullable<${op}["requestBody"]>`;
    // The model's own name where the body is a component schema, so hovers and signatures show it.
    const type = operation.body.schema ?? `${requestBody}["content"]["${JSON_MEDIA_TYPE}"]`;
    fields.push(`  ${operation.body.param}${optional}: ${type};`);
  }
  return [
    `/** The first argument of \`${operation.methodName}\`, named as in the official Pieces SDK. */`,
    `export interface ${requestTypeName(operation)} {`,
    ...fields,
    "}",
    "",
  ];
}

function methodSignatures(operation: OperationModel): string[] {
  const data = operation.responseSchema ?? "void";
  const takesRequest = operation.pathParams.length > 0 || operation.body !== null;
  const requestRequired = operation.pathParams.length > 0 || operation.body?.required === true;
  const parameters = takesRequest
    ? `request${requestRequired ? "" : "?"}: ${requestTypeName(operation)}, options?: RequestOptions`
    : "options?: RequestOptions";
  return [
    docComment(operationDoc(operation), "  "),
    `  ${operation.methodName}(${parameters}): Promise<${data}>;`,
    `  /** \`${operation.methodName}\`, resolving with the parsed body and the \`Response\` it came from. */`,
    `  ${operation.methodName}Raw(${parameters}): Promise<RawResponse<${data}>>;`,
  ];
}

/** Generates the TypeScript source of `src/generated/operations.ts`. */
export function generateOperationsSource(document: Json, options: CodegenOptions): string {
  const operations = readOperations(document, options.retryByDefault);
  const methods = [...new Set(operations.map((operation) => operation.method))].sort();
  const models = [
    ...new Set(
      operations.flatMap((operation) =>
        [operation.body?.schema ?? [], operation.responseSchema ?? []].flat(),
      ),
    ),
  ].sort();
  return [
    options.header,
    `import type { ${[...models, "operations"].join(", ")} } from ${JSON.stringify(options.modelsImport)};`,
    `import type { RequestOptions } from ${JSON.stringify(`${options.runtimeImport}/options.js`)};`,
    `import type { RawResponse } from ${JSON.stringify(`${options.runtimeImport}/request.js`)};`,
    "",
    "/** One operation of the document, as the data the client builds its method from. */",
    "export interface OperationSpec {",
    "  /** The HTTP method, upper case. */",
    `  readonly method: ${methods.map((method) => JSON.stringify(method)).join(" | ")};`,
    "  /** The path template, such as `/distributions/{distribution}/delete`. */",
    "  readonly path: string;",
    "  /** The path parameters in template order, each a property of the method's first argument; absent without any. */",
    "  readonly params?: readonly string[];",
    "  /** The property of the method's first argument that holds the JSON request body; absent without one. */",
    "  readonly body?: string;",
    "  /** The component schema of the JSON success body; absent when the success answer has no body. */",
    "  readonly returns?: string;",
    "  /** `true` when failed attempts are retried without the caller asking (only where repeating is harmless). */",
    "  readonly retry?: true;",
    "}",
    "",
    "/**",
    " * Every operation of the document, in document order, by the name of its method: the operationId in",
    " * camelCase, as the official Pieces SDK names it. Each comment gives the operationId and success status.",
    " */",
    "export const operationSpecs: { readonly [methodName: string]: OperationSpec } = {",
    ...operations.map(tableRow),
    "};",
    "",
    ...operations
      .filter((operation) => operation.pathParams.length > 0 || operation.body !== null)
      .flatMap(requestInterface),
    "/** The client's methods: one per operation of the document, each with a `...Raw` twin. */",
    "export interface OperationMethods {",
    ...operations.flatMap(methodSignatures),
    "}",
    "",
  ].join("\n");
}
