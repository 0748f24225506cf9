/**
 * Checks options when a client is created (and a call's own options when it is made), so that an
 * unusable one fails at once with an `InvalidArgumentError` naming it and its value, one problem per error.
 */
import { InvalidArgumentError } from "../errors.js";
import type { ClientOptions } from "../options.js";

/** Throws unless `value` (the option `name`) is absent or a number of at least 0. */
export function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(value >= 0)) throw new InvalidArgumentError(`${name} cannot be ${value}`);
}

/**
 * Throws for the first unusable option: a `baseUrl` that is not an absolute http(s) URL, a negative or NaN
 * number, or a `validateResponses` that is not a validator (`true`, the 1.x spelling, would validate nothing).
 */
export function checkClientOptions(options: ClientOptions): void {
  const { baseUrl } = options;
  if (baseUrl !== undefined && !(/^https?:\/\//i.test(baseUrl) && URL.canParse(baseUrl)))
    throw new InvalidArgumentError(`baseUrl must be an absolute http(s) URL, not ${JSON.stringify(baseUrl)}`);
  checkCount("timeoutMs", options.timeoutMs);
  checkCount("maxRetries", options.maxRetries);
  const { validateResponses } = options;
  if (validateResponses && typeof validateResponses !== "function")
    throw new InvalidArgumentError(
      `validateResponses must be validateResponses from @pieces-distributions/client/validate, not ${validateResponses}`,
    );
}
