/**
 * Checks a request's query and header parameters against the document: a required one must be there, and
 * each one sent must match its schema (after reading the wire text as the schema's type). A problem is a
 * `RequestProblem` 500 naming the parameter, as the document's text/plain 500 answers are.
 */
import type { OperationDescriptor, ParameterDescriptor } from "@pieces-distributions/models";
import { formatProblems, operationValidators } from "@pieces-distributions/models/validators";
import { RequestProblem } from "./request-problem.js";

/** The wire text read as the schema's type: numbers and booleans parsed, arrays split or repeated. */
function coerce(values: readonly string[], schema: ParameterDescriptor["schema"], explode: boolean): unknown {
  const read = (text: string, type: unknown): unknown => {
    if (type === "integer" || type === "number") return text.trim() === "" ? text : Number(text);
    if (type === "boolean") return text === "true" ? true : text === "false" ? false : text;
    return text;
  };
  if (schema.type === "array") {
    const items = explode ? values : (values[0] ?? "").split(",");
    return items.map((item) => read(item, (schema.items as { type?: unknown } | undefined)?.type));
  }
  return read(values[0] ?? "", schema.type);
}

/** Throws a `RequestProblem` for the first parameter of `operation` that `url` or `headers` get wrong. */
export function checkParameters(
  operation: OperationDescriptor,
  url: URL,
  headers: { readonly [name: string]: string | string[] | undefined },
): void {
  for (const parameter of operation.parameters) {
    const values =
      parameter.in === "query"
        ? url.searchParams.getAll(parameter.name)
        : [headers[parameter.name.toLowerCase()] ?? []].flat();
    if (values.length === 0) {
      if (parameter.required)
        throw new RequestProblem(500, `${parameter.in} parameter ${parameter.name} is required`);
      continue;
    }
    const validate = operationValidators[`${operation.operationId} parameter ${parameter.name}`];
    const result = validate?.(coerce(values, parameter.schema, parameter.explode));
    if (result !== undefined && !result.ok)
      throw new RequestProblem(
        500,
        `${parameter.in} parameter ${parameter.name} is not valid (${JSON.stringify(values.join(","))}):\n${formatProblems(result.problems)}`,
      );
  }
}
