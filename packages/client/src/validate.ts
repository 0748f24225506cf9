/**
 * @pieces-distributions/client/validate: opt-in response validation, an entry of its own so that only an
 * app that imports it carries the models' validators (in every bundler, with or without code splitting):
 *
 * import { validateResponses } from "@pieces-distributions/client/validate";
 * const client = createDistributionsClient({ validateResponses });
 */
import { formatProblems, validateSchema } from "@pieces-distributions/models/validators";
import { ResponseValidationError } from "./errors.js";
import type { ResponseValidator } from "./options.js";

export type { RequestDetails, ResponseDetails } from "./errors.js";
export type { ResponseValidator } from "./options.js";

/**
 * Checks each JSON answer against its schema with the validators of `@pieces-distributions/models/validators`;
 * throws `ResponseValidationError`, naming each JSON path that is wrong, when it does not match.
 */
export const validateResponses: ResponseValidator = (schema, value, details) => {
  const result = validateSchema(schema, value);
  if (!result.ok)
    throw new ResponseValidationError(`answered an invalid ${schema}:\n${formatProblems(result.problems)}`, {
      ...details,
      schema,
      problems: result.problems,
    });
};
