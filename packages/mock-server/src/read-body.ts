import type { IncomingMessage } from "node:http";
import { RequestProblem } from "./request-problem.js";

/** The largest request body the mock server accepts: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Past this many bytes the mock stops draining an oversized body and drops the connection. */
const DRAIN_LIMIT_FACTOR = 16;

/**
 * Reads a request's body. A body over `limit` bytes is refused with a {@link RequestProblem}, but only after
 * the rest was read and dropped, so that the client is still listening when the answer comes (a body over
 * 16 times the limit gets the connection dropped instead).
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * DRAIN_LIMIT_FACTOR) request.destroy();
    });
    request.on("end", () => {
      if (size > limit) {
        reject(
          new RequestProblem(
            500,
            `request body is too large: ${size} bytes, over the limit of 1 MiB (${limit} bytes)`,
          ),
        );
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    });
    request.on("error", reject);
    request.on("close", () => {
      if (!request.complete) reject(new RequestProblem(500, "the request was cut off before its body ended"));
    });
  });
}
