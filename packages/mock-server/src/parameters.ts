/**
 * Checks a request's query and header parameters against the document: a required one must be there, and
 * each one sent must match its schema (after reading the wire text as the schema's type). A problem is a
 * `RequestProblem` 500 naming the parameter, as the document's text/plain 500 answers are.
 */
import type { OperationDescriptor, ParameterDescriptor } from "@pieces-distributions/models";
import { formatProblems, operationValidators } from "@pieces-distributions/models/validators";
import { RequestProblem } from "./request-problem.js";

/** Wire text read as a JSON type: numbers and booleans parsed (what does not parse stays text, for the validator to name). */
function read(text: string, type: string | undefined): unknown {
  if (type === "integer" || type === "number") return text.trim() === "" ? text : Number(text);
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : text;
  return text;
}

/** The separator of an array or object joined in one value, by style. */
const SEPARATORS: { readonly [style: string]: string } = { spaceDelimited: " ", pipeDelimited: "|" };

/** `[k1, v1, k2, v2]` as an object, each value read as its property's type. */
function objectOf(pieces: readonly string[], parameter: ParameterDescriptor): unknown {
  const entries: [string, unknown][] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const key = pieces[i] ?? "";
    entries.push([key, read(pieces[i + 1] ?? "", parameter.textTypes[key])]);
  }
  return Object.fromEntries(entries);
}

/**
 * A parameter's value as the request sent it, decoded as its style says (OpenAPI 3.1 section 4.8.12.4),
 * or `undefined` when the request does not carry it.
 */
function wireValue(
  parameter: ParameterDescriptor,
  url: URL,
  headers: { readonly [name: string]: string | string[] | undefined },
): unknown {
  const { name, kind, explode } = parameter;
  const itemType = parameter.textTypes[""];
  if (parameter.in === "header") {
    const sent = headers[name.toLowerCase()];
    if (sent === undefined) return undefined;
    const text = [sent].flat().join(",");
    if (kind === "array") return text.split(",").map((item) => read(item, itemType));
    // Simple style, not exploded (the reader refuses an exploded object header): `k1,v1,k2,v2`.
    return kind === "object" ? objectOf(text.split(","), parameter) : read(text, itemType);
  }
  const query = url.searchParams;
  if (kind === "object" && (explode || parameter.style === "deepObject")) {
    // Exploded: each property a parameter of its own (form), or `name[property]` (deepObject).
    const keyOf = (property: string) =>
      parameter.style === "deepObject" ? `${name}[${property}]` : property;
    const present = Object.keys(parameter.textTypes).filter((property) => query.has(keyOf(property)));
    if (parameter.style === "deepObject")
      for (const key of query.keys()) {
        const property =
          key.startsWith(`${name}[`) && key.endsWith("]") ? key.slice(name.length + 1, -1) : null;
        if (property !== null && !present.includes(property)) present.push(property);
      }
    if (present.length === 0) return undefined;
    return Object.fromEntries(
      present.map((property) => [
        property,
        read(query.get(keyOf(property)) ?? "", parameter.textTypes[property]),
      ]),
    );
  }
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  const joined = (values[0] ?? "").split(SEPARATORS[parameter.style] ?? ",");
  if (kind === "array") return (explode ? values : joined).map((item) => read(item, itemType));
  if (kind === "object") return objectOf(joined, parameter);
  return read(values[0] ?? "", itemType);
}

/** Throws a `RequestProblem` for the first parameter of `operation` that `url` or `headers` get wrong. */
export function checkParameters(
  operation: OperationDescriptor,
  url: URL,
  headers: { readonly [name: string]: string | string[] | undefined },
): void {
  for (const parameter of operation.parameters) {
    const value = wireValue(parameter, url, headers);
    if (value === undefined) {
      if (parameter.required)
        throw new RequestProblem(500, `${parameter.in} parameter ${parameter.name} is required`);
      continue;
    }
    const validate = operationValidators[`${operation.operationId} parameter ${parameter.name}`];
    const result = validate?.(value);
    if (result !== undefined && !result.ok)
      throw new RequestProblem(
        500,
        `${parameter.in} parameter ${parameter.name} is not valid (${JSON.stringify(value)}):\n${formatProblems(result.problems)}`,
      );
  }
}
