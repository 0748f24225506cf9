/**
 * What a connection error suggests. On Node, Deno and Bun a failed fetch means that nothing answered; in a
 * browser page or extension (no `process`), fetch fails with the same bare `TypeError: Failed to fetch`
 * when the browser itself refused the request, so there the hint names those causes too.
 */

// Node's global, declared here so that the client compiles without Node's types (a browser app's tsconfig);
// module-scoped, it shadows @types/node's declaration where that is present, and costs no bytes.
declare const process: unknown;

/** The sentence that follows `failed (...)` in an `ApiConnectionError`'s message. */
export function connectionHint(): string {
  return `is Pieces OS (or the mock server) running?${
    typeof process === "undefined" ? " Or the browser blocked it (CORS, mixed content)." : ""
  }`;
}
