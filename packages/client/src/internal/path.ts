/**
 * Fills path templates such as `/distributions/{distribution}/delete`. Every value is percent-encoded as
 * one segment, so `../create` becomes `..%2Fcreate` and can never reach another endpoint; `.`, `..` and
 * the empty string are refused, because URL parsing would resolve them away (even as `%2E%2E`), and so
 * is a string with a lone surrogate, which has no UTF-8 form.
 */
import { InvalidArgumentError } from "../errors.js";

/** Replaces each `{name}` of `template` with the encoded `params[name]`; throws `InvalidArgumentError` naming a bad one. */
export function fillPath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{[^{}]+\}/g, (placeholder) => {
    const name = placeholder.slice(1, -1);
    const value = params?.[name];
    try {
      if (typeof value === "string" && !/^\.{0,2}$/.test(value)) return encodeURIComponent(value);
    } catch {
      // A lone surrogate has no UTF-8 form: encodeURIComponent throws a URIError; report it as below.
    }
    throw new InvalidArgumentError(`path parameter ${name} cannot be ${JSON.stringify(value)}`);
  });
}
