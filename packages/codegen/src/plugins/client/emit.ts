/**
 * The client emitter: the operation table the client runtime builds its methods from (rows typed by the
 * runtime's hand-written `OperationSpec`) and the types of those methods, named after the models.
 */
import { camelCase, docComment, pascalCase } from "../../ir/names.js";
import type { IR, IRMedia, IROperation, IRParameter } from "../../ir/types.js";

/** How the generated file reaches what it depends on. */
export interface ClientEmitOptions {
  /** Module specifier of the models package (named model types and `operations`). */
  readonly modelsImport: string;
  /** The client runtime folder (`options.js`, `request.js`, `internal/operation-spec.js`), relative to the file. */
  readonly runtimeImport: string;
  /** The header comment the file starts with. */
  readonly header: string;
}

/** One parameter as a property of a method's first argument. */
export interface ClientParameter {
  readonly property: string;
  readonly parameter: IRParameter;
}

/** One operation as the client sees it. */
export interface ClientOperation {
  readonly operation: IROperation;
  readonly methodName: string;
  readonly parameters: readonly ClientParameter[];
  readonly body: {
    readonly property: string;
    readonly media: IRMedia;
    readonly required: boolean;
    readonly description: string;
  } | null;
  readonly answer: IRMedia | null;
  /** The 2xx statuses without a body beside those with one (`[204]`); empty when all have one, or none. */
  readonly emptyStatuses: readonly number[];
  readonly retry: boolean;
}

const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

function bodyMedia(operation: IROperation): IRMedia | null {
  const contents = operation.requestBody?.contents ?? [];
  if (contents.length === 0) return null;
  const chosen =
    contents.find((media) => media.kind === "json") ?? contents.find((media) => media.kind === "text");
  if (chosen === undefined)
    throw new Error(
      `${operation.where}: request body content type ${contents.map((media) => media.contentType).join(", ")} is not supported by the client (JSON or text/*)`,
    );
  return chosen;
}

/**
 * The media of an operation's 2xx answers (one kind: JSON, text, or none) and the statuses among them that
 * have no body: a 204 beside a 200 with JSON resolves as `undefined`.
 */
function answerMedia(operation: IROperation): { media: IRMedia | null; emptyStatuses: number[] } {
  const answers = operation.successes.map((response) => {
    const media =
      response.contents.find((content) => content.kind === "json") ??
      response.contents.find((content) => content.kind === "text");
    if (media === undefined && response.contents.length > 0)
      throw new Error(
        `${operation.where}: the ${response.status} answer's content type ${response.contents.map((content) => content.contentType).join(", ")} is not supported by the client (JSON, text/* or empty)`,
      );
    return { status: response.status, media: media ?? null };
  });
  const withBody = answers.filter((answer) => answer.media !== null);
  const first = withBody[0];
  for (const answer of withBody)
    if (answer.media?.kind !== first?.media?.kind)
      throw new Error(
        `${operation.where}: its 2xx answers ${first?.status} and ${answer.status} differ in kind (JSON or text); the client needs one kind per operation, besides answers without a body`,
      );
  const empty = answers.filter((answer) => answer.media === null && first !== undefined);
  for (const answer of empty)
    if (!/^\d+$/.test(answer.status))
      throw new Error(
        `${operation.where}: its ${answer.status} answer has no body beside a ${first?.status} with one; name the empty status (204)`,
      );
  return { media: first?.media ?? null, emptyStatuses: empty.map((answer) => Number(answer.status)) };
}

/** Reads the client's view of every operation; fails naming the operation and construct it cannot handle. */
export function clientOperations(ir: IR, retryByDefault: readonly string[]): ClientOperation[] {
  const methodNames = new Set<string>();
  return ir.operations.map((operation) => {
    const methodName = camelCase(operation.operationId);
    if (methodNames.has(methodName))
      throw new Error(`${operation.where}: method name ${methodName} is already taken`);
    methodNames.add(methodName);
    const properties = new Map<string, IRParameter>();
    const parameters = operation.parameters.map((parameter) => {
      const property = camelCase(parameter.name);
      const clash = properties.get(property);
      if (property === "" || clash !== undefined)
        throw new Error(
          `${operation.where}: ${parameter.in} parameter "${parameter.name}" would be the property "${property}"${clash === undefined ? "" : `, as ${clash.in} parameter "${clash.name}" is`}`,
        );
      properties.set(property, parameter);
      return { property, parameter };
    });
    const media = bodyMedia(operation);
    let body: ClientOperation["body"] = null;
    if (media !== null && operation.requestBody !== null) {
      const property = media.schemaName === null ? "body" : camelCase(media.schemaName);
      const clash = properties.get(property);
      if (clash !== undefined)
        throw new Error(
          `${operation.where}: the body property "${property}" has the name of ${clash.in} parameter "${clash.name}"`,
        );
      body = {
        property,
        media,
        required: operation.requestBody.required,
        description: operation.requestBody.description,
      };
    }
    const answer = answerMedia(operation);
    return {
      operation,
      methodName,
      parameters,
      body,
      answer: answer.media,
      emptyStatuses: answer.emptyStatuses,
      retry: retryByDefault.includes(operation.method),
    };
  });
}

function operationDoc(client: ClientOperation): string[] {
  const { operation } = client;
  const status = operation.successes.map((response) => response.status).join("/");
  const answer =
    client.answer === null
      ? `resolves with nothing once Pieces OS answers ${status}`
      : client.answer.kind === "text"
        ? `resolves with the text Pieces OS answers (${status})`
        : `resolves with the \`${client.answer.schemaName ?? "JSON"}\` Pieces OS answers (${status})`;
  const empty =
    client.emptyStatuses.length === 0
      ? ""
      : `, or with \`undefined\` on ${client.emptyStatuses.join("/")} (no body)`;
  return [
    operation.summary.replace(/\.?$/, "."),
    ...(operation.description === "" ? [] : ["", operation.description]),
    "",
    `\`${operation.method.toUpperCase()} ${operation.path}\` (\`${operation.operationId}\`); ${answer}${empty}.`,
    client.retry
      ? "Retried by default on connection errors, timeouts, 408, 429 and 5xx answers."
      : "Not retried unless this call sets `maxRetries`: repeating it could change data twice.",
    ...(operation.deprecated ? ["", "@deprecated The document marks this operation deprecated."] : []),
  ];
}

/**
 * How the runtime sends a query parameter that is not form-exploded (`OperationSpec.styles`): the
 * separator of one joined value (`,` for form, `%20` for spaceDelimited, `%7C` for pipeDelimited), or
 * `deep` for deepObject (`name[key]=value`); `undefined` for form with explode (arrays repeated, an
 * object's keys as parameters of their own).
 */
function queryStyleCode(parameter: IRParameter): string | undefined {
  if (parameter.style === "deepObject") return "deep";
  if (parameter.explode) return undefined;
  return { form: ",", spaceDelimited: "%20", pipeDelimited: "%7C" }[parameter.style as string];
}

function tableRow(client: ClientOperation): string {
  const { operation } = client;
  const byLocation = (location: string) =>
    client.parameters.filter(({ parameter }) => parameter.in === location);
  const path = byLocation("path");
  const query = byLocation("query");
  const headers = byLocation("header");
  const names = (list: readonly ClientParameter[]) =>
    Object.fromEntries(list.map(({ property, parameter }) => [property, parameter.name]));
  // Placeholders are named by the request's properties, which fill them.
  let template = operation.path;
  for (const { property, parameter } of path)
    template = template.replace(`{${parameter.name}}`, `{${property}}`);
  const styles = Object.fromEntries(
    query.flatMap(({ property, parameter }) => {
      const code = queryStyleCode(parameter);
      return code === undefined ? [] : [[property, code]];
    }),
  );
  // Absent rather than null or false when there is none: the runtime tests them for truth.
  const row = {
    method: operation.method.toUpperCase(),
    path: template,
    ...(takesRequest(client) ? { args: true } : {}),
    ...(query.length === 0 ? {} : { query: names(query) }),
    ...(Object.keys(styles).length === 0 ? {} : { styles }),
    ...(headers.length === 0 ? {} : { headers: names(headers) }),
    ...(client.body === null ? {} : { body: client.body.property }),
    ...(client.body?.media.kind === "text" ? { plain: true } : {}),
    ...(client.answer?.kind === "json"
      ? { returns: client.answer.schemaName ?? inlineSchemaKey(operation, answerStatus(client)) }
      : {}),
    ...(client.answer?.kind === "text" ? { text: true } : {}),
    ...(client.emptyStatuses.length === 0 ? {} : { empty: client.emptyStatuses }),
    ...(client.retry ? { retry: true } : {}),
  };
  const fields = Object.entries(row).map(([key, value]) => `    ${key}: ${JSON.stringify(value)},`);
  if (query.length > 0 || headers.length > 0 || client.body?.media.kind === "text")
    fields.push("    encode: encodeRequest,");
  const statuses = operation.successes.map((response) => response.status).join("/");
  const comment = `\`${operation.operationId}\`: ${operation.summary}; answers ${statuses} on success.`;
  return [docComment([comment], "  "), `  ${client.methodName}: {`, ...fields, "  },"].join("\n");
}

/** The status of the first 2xx answer with the body the client reads (the validators name inline schemas by it). */
function answerStatus(client: ClientOperation): string {
  const response = client.operation.successes.find((success) =>
    success.contents.includes(client.answer as IRMedia),
  );
  return response?.status ?? "";
}

/**
 * The validators' name for an inline answer schema: `<operationId>/<status>` (see the validators emitter,
 * which registers one validator per inline JSON answer under it).
 */
export function inlineSchemaKey(operation: IROperation, status: string): string {
  return `${operation.operationId}/${status}`;
}

function requestTypeName(client: ClientOperation): string {
  return `${pascalCase(client.operation.operationId)}Request`;
}

/** The TypeScript type of a body: the model's name when it references one, else the indexed type. */
function mediaType(media: IRMedia, indexed: string, models: Set<string>): string {
  if (media.kind === "text" && media.schemaName === null) return "string";
  if (media.schemaName !== null && IDENTIFIER.test(media.schemaName)) {
    models.add(media.schemaName);
    return media.schemaName;
  }
  return `${indexed}["content"][${JSON.stringify(media.contentType)}]`;
}

function requestInterface(client: ClientOperation, models: Set<string>): string[] {
  const op = `operations[${JSON.stringify(client.operation.operationId)}]`;
  const fields: string[] = [];
  for (const { property, parameter } of client.parameters) {
    const lines = [
      ...(parameter.description === "" ? [] : [parameter.description]),
      ...(property === parameter.name
        ? []
        : [`Sent as the ${parameter.in} parameter \`${parameter.name}\`.`]),
      ...(parameter.deprecated ? ["@deprecated"] : []),
    ];
    if (lines.length > 0) fields.push(docComment(lines, "  "));
    const parameters = `${op}["parameters"]["${parameter.in}"]`;
    // openapi-typescript makes a location's object optional when none of its parameters is required.
    const type = `${parameter.in === "path" ? parameters : `NonNullable<${parameters}>`}[${JSON.stringify(parameter.name)}]`;
    fields.push(parameter.required ? `  ${property}: ${type};` : `  ${property}?: ${type} | undefined;`);
  }
  const body = client.body;
  if (body !== null) {
    if (body.description !== "") fields.push(docComment([body.description], "  "));
    const requestBody = body.required ? `${op}["requestBody"]` : `NonNullable<${op}["requestBody"]>`;
    const type = mediaType(body.media, requestBody, models);
    fields.push(body.required ? `  ${body.property}: ${type};` : `  ${body.property}?: ${type};`);
  }
  return [
    `/** The first argument of \`${client.methodName}\`, named as in the official Pieces SDK. */`,
    `export interface ${requestTypeName(client)} {`,
    ...fields,
    "}",
    "",
  ];
}

function takesRequest(client: ClientOperation): boolean {
  return client.parameters.length > 0 || client.body !== null;
}

function methodSignatures(client: ClientOperation, models: Set<string>): string[] {
  const op = `operations[${JSON.stringify(client.operation.operationId)}]`;
  const data =
    client.answer === null
      ? "void"
      : [
          ...new Set(
            client.operation.successes.map((response) => {
              const media = response.contents.find((content) => content.kind === client.answer?.kind);
              // A 2xx without a body beside those with one (a 204) resolves with nothing.
              if (media === undefined) return "undefined";
              return mediaType(media, `${op}["responses"][${JSON.stringify(response.status)}]`, models);
            }),
          ),
        ].join(" | ");
  const required =
    client.parameters.some(({ parameter }) => parameter.required) || client.body?.required === true;
  const parameters = takesRequest(client)
    ? `request${required ? "" : "?"}: ${requestTypeName(client)}, options?: RequestOptions`
    : "options?: RequestOptions";
  return [
    docComment(operationDoc(client), "  "),
    `  ${client.methodName}(${parameters}): Promise<${data}>;`,
    `  /** \`${client.methodName}\`, resolving with the parsed body and the \`Response\` it came from. */`,
    `  ${client.methodName}Raw(${parameters}): Promise<RawResponse<${data}>>;`,
  ];
}

/**
 * The type of the JSON bodies of an operation's documented non-2xx answers (the `ApiError.body` it can
 * get), `never` when it documents none.
 */
function errorBodyType(client: ClientOperation, models: Set<string>): string {
  const op = `operations[${JSON.stringify(client.operation.operationId)}]`;
  const types = new Set<string>();
  for (const response of client.operation.responses) {
    if (client.operation.successes.includes(response)) continue;
    for (const media of response.contents)
      if (media.kind === "json" && media.schema !== undefined)
        types.add(mediaType(media, `${op}["responses"][${JSON.stringify(response.status)}]`, models));
  }
  return types.size === 0 ? "never" : [...types].join(" | ");
}

/**
 * Emits the TypeScript source of the client's `src/generated/operations.ts` from the client's view of the
 * operations (`clientOperations`, which the body-shapes and compat emitters take too).
 */
export function emitClientOperations(
  operations: readonly ClientOperation[],
  options: ClientEmitOptions,
): string {
  const models = new Set<string>();
  const requests = operations.filter(takesRequest).flatMap((client) => requestInterface(client, models));
  const methods = operations.flatMap((client) => methodSignatures(client, models));
  const errorBodies = operations.map((client) => `  ${client.methodName}: ${errorBodyType(client, models)};`);
  const usesIndexed = [...requests, ...methods, ...errorBodies].some((line) => line.includes("operations["));
  const modelTypes = [...models].sort();
  const imported = [...modelTypes, ...(usesIndexed ? ["operations"] : [])];
  return [
    options.header,
    ...(imported.length === 0
      ? []
      : [`import type { ${imported.join(", ")} } from ${JSON.stringify(options.modelsImport)};`]),
    `import type { OperationSpec } from ${JSON.stringify(`${options.runtimeImport}/internal/operation-spec.js`)};`,
    ...(operations.some(
      (client) =>
        client.parameters.some(({ parameter }) => parameter.in !== "path") ||
        client.body?.media.kind === "text",
    )
      ? [
          `import { encodeRequest } from ${JSON.stringify(`${options.runtimeImport}/internal/parameters.js`)};`,
        ]
      : []),
    `import type { RequestOptions } from ${JSON.stringify(`${options.runtimeImport}/options.js`)};`,
    `import type { RawResponse } from ${JSON.stringify(`${options.runtimeImport}/request.js`)};`,
    "",
    "/**",
    " * Every operation of the document, in document order, by the name of its method: the operationId in",
    " * camelCase, as the official Pieces SDK names it. Each comment gives the operationId and success status.",
    " */",
    "export const operationSpecs: { readonly [methodName: string]: OperationSpec } = {",
    ...operations.map(tableRow),
    "};",
    "",
    ...requests,
    "/** The client's methods: one per operation of the document, each with a `...Raw` twin. */",
    "export interface OperationMethods {",
    ...methods,
    "}",
    "",
    "/**",
    " * For each method, the parsed JSON body of the non-2xx answers its operation documents (`never` when it",
    ' * documents none with a JSON schema): what `ApiErrorOf<"method">` types `body` as.',
    " */",
    "export interface OperationErrorBodies {",
    ...errorBodies,
    "}",
    "",
  ].join("\n");
}
