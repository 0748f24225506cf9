/**
 * CORS, so that browser code (a page, an extension) on another origin can call the mock server the way it
 * calls Pieces OS: `Access-Control-Allow-Origin` on every answer, refusals and 404s included (so the page
 * can read them), and a `204` to the preflight `OPTIONS` of every operation's path.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { operationTable } from "@pieces-distributions/models";
import { matchRoute } from "./router.js";

/**
 * Which origins may call the mock server from a browser: `"*"` (any), one origin or a list of them
 * (`"http://127.0.0.1:8080"`: scheme, host and port, no path), or `false` for no CORS at all.
 */
export type CorsSetting = string | readonly string[] | false;

/** The answer headers a page may read besides the ones CORS always lets through (such as `Content-Type`). */
export const EXPOSED_HEADERS: readonly string[] = ["Content-Length", "Retry-After"];

/** How long a browser may keep a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** Every method an operation of the document uses. */
const operationMethods = [
  ...new Set(Object.values(operationTable).map((operation) => operation.method.toUpperCase())),
];

/** An origin as browsers send it: a scheme, `://`, a host and maybe a port (extensions' too: `chrome-extension://<id>`). */
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#\s]+$/i;

/** The allowed origins (`["*"]` for any), or `false`; throws a `TypeError` naming an origin that is not one. */
export function parseCorsSetting(setting: CorsSetting = "*"): readonly string[] | false {
  if (setting === false) return false;
  const origins = typeof setting === "string" ? [setting] : [...setting];
  if (origins.length === 0) throw new TypeError("cors: give at least one origin, or false for no CORS");
  for (const origin of origins) {
    if (origin !== "*" && !ORIGIN.test(origin)) {
      throw new TypeError(
        `cors: ${JSON.stringify(origin)} is not an origin (a scheme, host and port without a path, such as "http://127.0.0.1:8080", or "*")`,
      );
    }
  }
  return origins;
}

/**
 * Sets the CORS headers of the answer to `request`. When the request is an `OPTIONS` to an operation's
 * path, answers it and resolves to the status sent; otherwise the request goes on to its operation (or
 * the 404 of no operation), `undefined`.
 */
export function applyCors(
  origins: readonly string[] | false,
  request: IncomingMessage,
  response: ServerResponse,
): number | undefined {
  if (origins === false) return undefined;
  const origin = request.headers.origin;
  const anyOrigin = origins.includes("*");
  const allowed = anyOrigin ? "*" : origin !== undefined && origins.includes(origin) ? origin : undefined;
  // The answer depends on the Origin whenever it is not the same for every one.
  if (!anyOrigin) response.setHeader("Vary", "Origin");
  if (allowed !== undefined) {
    response.setHeader("Access-Control-Allow-Origin", allowed);
    response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS.join(", "));
  }
  if (request.method !== "OPTIONS") return undefined;
  const methods = operationMethods.filter((method) => matchRoute(method, request.url ?? "/") !== null);
  if (methods.length === 0) return undefined; // no operation at this path: its usual 404
  request.resume(); // a preflight has no body; whatever was sent is read and dropped
  if (allowed === undefined) {
    const message = `CORS: origin ${origin ?? "(none)"} may not call this mock server; it allows ${origins.join(", ")} (the cors option, --cors-origin)`;
    response.writeHead(403, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": Buffer.byteLength(message),
    });
    response.end(message);
    return 403;
  }
  const requestedHeaders = request.headers["access-control-request-headers"];
  response.writeHead(204, {
    Allow: [...methods, "OPTIONS"].join(", "),
    "Access-Control-Allow-Methods": methods.join(", "),
    // Whatever headers the page asks to send (the client's Content-Type, a caller's own): a local stand-in.
    "Access-Control-Allow-Headers": requestedHeaders ?? "Content-Type",
    "Access-Control-Max-Age": PREFLIGHT_MAX_AGE_SECONDS,
    // Chromium asks before a public page may reach a loopback address (Private Network Access).
    ...(request.headers["access-control-request-private-network"] === "true"
      ? { "Access-Control-Allow-Private-Network": "true" }
      : {}),
    Vary: anyOrigin ? "Access-Control-Request-Headers" : "Origin, Access-Control-Request-Headers",
  });
  response.end();
  return 204;
}
