import { type OperationId, operationTable } from "@pieces-distributions/models";
import { formatProblems, type SchemaName, validateSchema } from "@pieces-distributions/models/validators";
import type { RawAnswer } from "./raw-request.js";

/**
 * Why an answer is not one the document declares for the operation, or `null` when it is: a declared
 * status, that status's content type, a JSON body valid against the declared schema, a non-empty message
 * for `text/plain`, and no body when none is declared.
 */
export function undocumentedReason(operationId: OperationId, answer: RawAnswer): string | null {
  const responses = operationTable[operationId].responses as Readonly<
    Record<string, { readonly contentType: string | null; readonly schema: string | null }>
  >;
  const declared = responses[String(answer.status)];
  const shown = `${answer.status} ${answer.mediaType ?? "(no content type)"}: ${answer.text.slice(0, 300)}`;
  if (declared === undefined) return `${operationId} declares no status ${answer.status} (${shown})`;
  if (answer.mediaType !== declared.contentType)
    return `${operationId} ${answer.status} must be ${declared.contentType ?? "without a body"} (${shown})`;
  if (declared.contentType === null)
    return answer.text === "" ? null : `a body where none is declared (${shown})`;
  if (declared.contentType === "text/plain")
    return answer.text.trim() === "" ? `an empty message (${shown})` : null;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `a body that is not JSON (${shown})`;
  }
  if (declared.schema === null) return null;
  const result = validateSchema(declared.schema as SchemaName, body);
  return result.ok ? null : `a body that is not a ${declared.schema}: ${formatProblems(result.problems)}`;
}
