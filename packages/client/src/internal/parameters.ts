/**
 * Serialises an operation's query and header parameters from the method's first argument, as the table
 * (`OperationSpec.query`, `.styles`, `.headers`) says, the OpenAPI way: form style for the query by default
 * (arrays repeated, an object's keys as parameters of their own), one value joined by `,` (form without
 * explode), `%20` (spaceDelimited) or `%7C` (pipeDelimited), or `name[key]=value` (deepObject); simple
 * style for headers (comma-joined). Absent (`undefined` or `null`) values are not sent. A header value
 * fetch would refuse is an `InvalidArgumentError` naming it.
 */

import { mergeHeaders } from "openapi-fetch";
import { InvalidArgumentError } from "../errors.js";
import type { HeaderValues } from "../options.js";
import type { OperationSpec } from "./operation-spec.js";

/** What a request sends beyond its path: the query string, the body's content type, the header parameters, the body. */
export type EncodedRequest = [
  path: string,
  contentType: false | { "Content-Type": string },
  headers: HeaderValues | undefined,
  body: string | undefined,
];

/** `&key=value`, both percent-encoded: one query parameter. */
function queryPair(key: string, value: unknown): string {
  return `&${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
}

/** What a value not exploded joins: an array's items, an object's keys and values in turn, else the value itself. */
function flatItems(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [value];
  return Array.isArray(value) ? value : Object.entries(value).flat();
}

/**
 * Encodes a request of an operation with query or header parameters or a text body: the path template
 * with its query string (`?limit=2&tag=a&tag=b`), the JSON content type, the call's headers with the header
 * parameters under them (and a text body's content type), and the body (text or JSON).
 * Rows without any of those leave this out, and the runtime sends `JSON.stringify(body)` with no query.
 */
export function encodeRequest(
  spec: OperationSpec,
  args: { readonly [name: string]: unknown } | undefined,
  body: unknown,
  callHeaders: HeaderValues | undefined,
): EncodedRequest {
  let search = "";
  const headers: Record<string, string> = {};
  for (const property in { ...spec.query, ...spec.headers }) {
    const value = args?.[property];
    if (value == null) continue;
    const name = spec.query?.[property];
    if (name === undefined) {
      const text = flatItems(value).join();
      // What fetch would refuse (and report as a network failure): CR, LF, NUL, beyond Latin-1.
      if (/[^\t\x20-\x7e\x80-\xff]/.test(text))
        throw new InvalidArgumentError(`header parameter ${property} cannot be ${JSON.stringify(text)}`);
      headers[spec.headers?.[property] as string] = text;
    } else {
      const style = spec.styles?.[property];
      if (typeof value === "object" && !Array.isArray(value) && (style === undefined || style === "deep")) {
        // Exploded object: each key a parameter of its own (form), or inside the name's brackets (deepObject).
        for (const [key, item] of Object.entries(value))
          if (item != null) search += queryPair(style ? `${name}[${key}]` : key, item);
      } else if (Array.isArray(value) && style === undefined) {
        for (const item of value) search += queryPair(name, item);
      } else {
        const items = flatItems(value).map((item) => encodeURIComponent(String(item)));
        search += `&${encodeURIComponent(name)}=${items.join(style)}`;
      }
    }
  }
  return [
    // The query string rides on the template: fillPath leaves it alone (encoded values hold no braces).
    spec.path + (search && `?${search.slice(1)}`),
    // A text body's content type goes with the parameters, over the client's headers (openapi-fetch would say JSON).
    !spec.plain && body !== undefined && { "Content-Type": "application/json" },
    mergeHeaders(
      (spec.plain && body !== undefined && { "Content-Type": "text/plain" }) as HeaderValues,
      headers,
      callHeaders,
    ),
    body === undefined ? body : spec.plain ? String(body) : JSON.stringify(body),
  ];
}
