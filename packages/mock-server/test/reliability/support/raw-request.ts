import { Agent, request } from "node:http";

/** A request exactly as given: the raw request target (not normalised or re-encoded) and raw body bytes. */
export interface RawRequest {
  readonly method: "GET" | "POST";
  /** The request target as sent on the wire, e.g. `/distributions/a%2Fb/delete`. */
  readonly path: string;
  readonly body?: Uint8Array;
  /** The Content-Type header; none when absent. */
  readonly contentType?: string;
}

/** An answer read to the end. */
export interface RawAnswer {
  readonly status: number;
  /** The media type without parameters, or `null` when the answer has no Content-Type. */
  readonly mediaType: string | null;
  readonly text: string;
}

/**
 * Sends requests over one keep-alive connection pool with `node:http`, which (unlike `fetch`) sends the
 * request target byte for byte: `..`, `%` and `#` reach the server as written. Call `close()` when done.
 */
export function rawSender(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const { hostname, port } = new URL(baseUrl);
  return {
    send(raw: RawRequest): Promise<RawAnswer> {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string | number> = {};
        if (raw.contentType !== undefined) headers["content-type"] = raw.contentType;
        if (raw.body !== undefined) headers["content-length"] = raw.body.byteLength;
        const outgoing = request(
          { agent, hostname, port, method: raw.method, path: raw.path, headers },
          (answer) => {
            const chunks: Buffer[] = [];
            answer.on("data", (chunk: Buffer) => chunks.push(chunk));
            answer.on("error", reject);
            answer.on("end", () => {
              const contentType = answer.headers["content-type"];
              resolve({
                status: answer.statusCode ?? 0,
                mediaType: contentType === undefined ? null : (contentType.split(";", 1)[0]?.trim() ?? null),
                text: Buffer.concat(chunks).toString("utf8"),
              });
            });
          },
        );
        outgoing.on("error", reject);
        outgoing.end(raw.body === undefined ? undefined : Buffer.from(raw.body));
      });
    },
    /** Closes the pooled connections. */
    close(): void {
      agent.destroy();
    },
  };
}
