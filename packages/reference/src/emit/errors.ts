/**
 * What a call can raise, per operation: the `ApiError` statuses the document declares, then the client's
 * own error classes, each only where the operation's shape allows it (no `ApiResponseError` without a JSON
 * success body, no path-parameter refusal without path parameters).
 */
import type { ReferenceOperation } from "../document.js";
import { code, table } from "./markdown.js";

/** Where each error class is described once, relative to `docs/`. */
const ERRORS_TABLE = "../packages/client/README.md#errors";
const RETRIES = "../packages/client/README.md#retries";

function errorClass(name: string): string {
  return `[${code(name)}](${ERRORS_TABLE})`;
}

/** The Errors table of one operation. */
export function errorsTable(operation: ReferenceOperation): string {
  const rows: string[][] = [];
  for (const response of operation.responses) {
    if (/^2/.test(response.status)) continue;
    const body =
      response.contentType === null ? "" : ` (${code(response.contentType)} body in ${code("bodyText")})`;
    rows.push([
      `${errorClass("ApiError")}, ${code(`status`)} ${response.status}`,
      `${response.description}${body}`,
    ]);
  }
  rows.push([
    `${errorClass("ApiError")}, any other status`,
    "any other non-2xx answer (one the document does not declare)",
  ]);
  rows.push([errorClass("ApiConnectionError"), "Pieces OS could not be reached, or the connection broke"]);
  rows.push([
    errorClass("ApiTimeoutError"),
    `an attempt took longer than ${code("timeoutMs")} (default 60 s)`,
  ]);
  rows.push([errorClass("ApiAbortError"), `the call's ${code("signal")} fired`]);
  if (operation.returns !== null) {
    const success = operation.responses.find((response) => /^2/.test(response.status));
    rows.push([
      errorClass("ApiResponseError"),
      `a ${success?.status ?? "2xx"} answer whose body is not the ${code(operation.returns)} JSON the document promises`,
    ]);
    rows.push([
      errorClass("ResponseValidationError"),
      `with ${code("validateResponses: true")}, a JSON body that does not match ${code(operation.returns)}`,
    ]);
  }
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");
  const refused = pathParameters.map((parameter) => code(parameter.name)).join(", ");
  rows.push([
    errorClass("InvalidArgumentError"),
    `nothing was sent: ${code("timeoutMs")} or ${code("maxRetries")} below 0 or NaN${
      refused === ""
        ? ""
        : `, or ${refused} is ${code('""')}, ${code(".")}, ${code("..")} or holds a lone surrogate`
    }`,
  ]);
  return table(["error", "when"], rows);
}

/** One sentence on whether failed attempts are repeated without the caller asking. */
export function retrySentence(operation: ReferenceOperation): string {
  return operation.retriedByDefault
    ? `**Retried by default**: up to ${code("maxRetries")} (default 2) more attempts after ${code("ApiConnectionError")}, ${code("ApiTimeoutError")}, or a 408, 429 or 5xx answer ([retries](${RETRIES})).`
    : `**Not retried** unless the call passes its own ${code("maxRetries")}: repeating a ${operation.method} could change data twice ([retries](${RETRIES})).`;
}
