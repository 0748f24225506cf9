/**
 * Opt-in response validation (`validateResponses: true`). `request.ts` loads this module with a dynamic
 * `import()` the first time it validates, so this code and the models' validators it imports end up in a
 * chunk of their own that a client which does not validate never loads.
 */
import { formatProblems, type SchemaName, validateSchema } from "@pieces-distributions/models/validators";
import { type ResponseDetails, ResponseValidationError } from "./errors.js";

/** Throws `ResponseValidationError`, naming each JSON path that is wrong, unless `value` matches `schema`. */
export function validateResponse(schema: string, value: unknown, details: ResponseDetails): void {
  const result = validateSchema(schema as SchemaName, value);
  if (!result.ok)
    throw new ResponseValidationError(`answered an invalid ${schema}:\n${formatProblems(result.problems)}`, {
      ...details,
      schema,
      problems: result.problems,
    });
}
