/** One section of `docs/README.md` per operation: signature, example, parameters, answers, errors. */
import type { ReferenceBody, ReferenceOperation } from "../document.js";
import { errorsTable, retrySentence } from "./errors.js";
import { literal } from "./example-code.js";
import { code, page, table } from "./markdown.js";
import { camelCase, requestTypeName } from "./names.js";
import { type ModelLink, typeText } from "./type-text.js";

const OPTIONS_LINK = "../packages/client/README.md#options";

/** Whether the method's first argument may be left out. */
function requestOptional(operation: ReferenceOperation): boolean {
  return !operation.parameters.some((parameter) => parameter.required) && operation.body?.required !== true;
}

function hasRequest(operation: ReferenceOperation): boolean {
  return operation.parameters.length > 0 || operation.body !== null;
}

/** The method and its `...Raw` twin as TypeScript method signatures. */
export function signature(operation: ReferenceOperation): string {
  const request = hasRequest(operation)
    ? `request${requestOptional(operation) ? "?" : ""}: ${requestTypeName(operation.methodName)}, `
    : "";
  const result = operation.returns ?? "void";
  return [
    `${operation.methodName}(${request}options?: RequestOptions): Promise<${result}>;`,
    `${operation.methodName}Raw(${request}options?: RequestOptions): Promise<RawResponse<${result}>>;`,
  ].join("\n");
}

/** A short program that calls the operation with the document's example values and handles `ApiError`. */
export function example(operation: ReferenceOperation): string {
  const properties: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.example === undefined) {
      if (parameter.required)
        throw new TypeError(
          `${operation.operationId}: parameter ${parameter.name} needs an example for the reference`,
        );
      continue;
    }
    properties.push(`${camelCase(parameter.name)}: ${literal(parameter.example, 4)}`);
  }
  if (operation.body !== null && operation.body.example !== undefined)
    properties.push(`${operation.body.property}: ${literal(operation.body.example, 4)}`);
  else if (operation.body?.required === true)
    throw new TypeError(`${operation.operationId}: the request body needs an example for the reference`);
  const argument = properties.length === 0 ? "" : `{\n    ${properties.join(",\n    ")},\n  }`;
  const call = `client.${operation.methodName}(${argument})`;
  const use =
    operation.returns === null
      ? [`  await ${call};`, `  console.log("done");`]
      : [`  const result = await ${call};`, "  console.log(result);"];
  return [
    "```ts",
    'import { ApiError, createDistributionsClient } from "@pieces-distributions/client";',
    "",
    'const client = createDistributionsClient({ baseUrl: "http://localhost:1000" });',
    "try {",
    ...use,
    "} catch (error) {",
    "  if (error instanceof ApiError) console.error(error.status, error.bodyText);",
    "  else throw error;",
    "}",
    "```",
  ].join("\n");
}

function parametersTable(operation: ReferenceOperation, link: ModelLink): string {
  const rows = operation.parameters.map((parameter) => [
    code(`request.${camelCase(parameter.name)}`),
    typeText(parameter.schema, link),
    `${parameter.in} (${code(parameter.name)})`,
    parameter.required ? "yes" : "no",
    parameter.description,
  ]);
  if (operation.body !== null)
    rows.push([
      code(`request.${operation.body.property}`),
      typeText(operation.body.schema, link),
      `body (${code(operation.body.contentType)})`,
      operation.body.required ? "yes" : "no",
      operation.body.description,
    ]);
  rows.push([
    code("options"),
    `[${code("RequestOptions")}](${OPTIONS_LINK})`,
    "-",
    "no",
    `per call: ${code("signal")}, ${code("timeoutMs")}, ${code("maxRetries")}, ${code("headers")} (over the client's)`,
  ]);
  return table(["name", "type", "where it goes", "required", "description"], rows);
}

function answersTable(operation: ReferenceOperation, link: ModelLink): string {
  return table(
    ["status", "content type", "body", "description", "with this client"],
    operation.responses.map((response) => [
      response.status,
      response.contentType === null ? "none" : code(response.contentType),
      response.schema === null ? "none" : typeText(response.schema, link),
      response.description,
      /^2/.test(response.status) ? "resolves" : `rejects with ${code("ApiError")}`,
    ]),
  );
}

function returnsSentence(operation: ReferenceOperation, link: ModelLink): string {
  const success = operation.responses.find((response) => /^2/.test(response.status));
  if (operation.returns === null)
    return `Resolves with nothing (${code("void")}) once Pieces OS answers ${success?.status ?? "2xx"}; ${code(`${operation.methodName}Raw`)} resolves with ${code("{ data: undefined, response }")}.`;
  return `Resolves with ${typeText({ $ref: `#/components/schemas/${operation.returns}` }, link)} (the ${success?.status ?? "2xx"} answer's JSON body): ${success?.description ?? ""} ${code(`${operation.methodName}Raw`)} resolves with ${code("{ data, response }")}.`;
}

/** What the request carries: its body's content type and the header it is sent with. */
function requestBodySentence(body: ReferenceBody | null): string {
  if (body === null) return "no request body";
  const optional = body.required ? "" : " (optional)";
  const when = body.required ? "" : " when given";
  return `request body: ${code(body.contentType)}${optional}, sent with ${code(`Content-Type: ${body.contentType}`)}${when}`;
}

/** The section of one operation, under a `##` heading named after the method. */
export function operationSection(operation: ReferenceOperation, link: ModelLink): string {
  const request = requestBodySentence(operation.body);
  return page([
    `## ${operation.methodName}`,
    `**${operation.summary}.** ${operation.description}`,
    `${code(`${operation.method} ${operation.path}`)} (operationId ${code(operation.operationId)}); ${request}.`,
    ["```ts signature", signature(operation), "```"].join("\n"),
    "### Example",
    example(operation),
    "### Parameters",
    parametersTable(operation, link),
    "### Returns",
    returnsSentence(operation, link),
    "### Answers",
    answersTable(operation, link),
    "### Errors",
    errorsTable(operation),
    retrySentence(operation),
  ]).trimEnd();
}
