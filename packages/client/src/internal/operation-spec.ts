/**
 * The shape of one row of the generated operation table (`generated/operations.ts`): the data the runtime
 * builds a method from. Hand-written; the generated table is typed by it, never the other way round.
 */

import type { encodeRequest } from "./parameters.js";

/** One operation of the document, as the data the client builds its method from. */
export interface OperationSpec {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The path template; its placeholders are named by the request properties that fill them. */
  readonly path: string;
  /** `true` when the method takes a request (parameters or a body) as its first argument, before its options. */
  readonly args?: true;
  /** Query parameters: request property -> wire name, sent form-style (absent values are not sent). */
  readonly query?: { readonly [property: string]: string };
  /**
   * The query properties not sent form-exploded: the separator of their one joined value (`,` form, `%20`
   * spaceDelimited, `%7C` pipeDelimited, all without explode), or `deep` for deepObject (`name[key]=value`).
   * The others repeat an array's items (`name=a&name=b`) and send an object's keys as parameters (`a=1&b=2`).
   */
  readonly styles?: { readonly [property: string]: "," | "%20" | "%7C" | "deep" };
  /** Header parameters: request property -> header name (absent values are not sent). */
  readonly headers?: { readonly [property: string]: string };
  /** The request encoder (`internal/parameters.ts`), set on the rows with query or header parameters or a text body. */
  readonly encode?: typeof encodeRequest;
  /** The request property that holds the request body; absent without one. */
  readonly body?: string;
  /** `true` when the body is sent as `text/plain` rather than JSON. */
  readonly plain?: true;
  /** The schema of the JSON success body, by its name among the validators; absent for a text or empty answer. */
  readonly returns?: string;
  /** `true` when the success body is text, resolved as it came. */
  readonly text?: true;
  /** The 2xx statuses that carry no body beside those that do (a 204 beside a 200): they resolve with `undefined`. */
  readonly empty?: readonly number[];
  /** `true` when failed attempts are retried without the caller asking (only where repeating is harmless). */
  readonly retry?: true;
}
