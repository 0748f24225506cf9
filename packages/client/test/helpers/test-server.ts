/**
 * A loopback HTTP server for the client's tests: it records every request (method, raw path, headers,
 * body) and answers each with the next scripted reply, so a test says exactly what Pieces OS does.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One scripted answer: a status with headers and body, or a misbehaviour. */
export type Reply =
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  /** Never answers (until the server closes). */
  | "hang"
  /** Closes the connection without answering. */
  | "destroy";

/** What the server saw of one request. */
export interface RecordedRequest {
  readonly method: string;
  /** The request target exactly as sent, such as `/distributions/..%2Fcreate/delete`. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Stops the server and drops every open connection. */
  close(): Promise<void>;
}

/** JSON reply helper. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}

/** Plain-text reply helper (how Pieces OS explains a 500). */
export function text(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body };
}

/**
 * Starts a server on 127.0.0.1, port 0. `replies` answers the requests in order (the last one repeats), or
 * is a function of the request's index.
 */
export async function startTestServer(
  replies: readonly Reply[] | ((index: number) => Reply),
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const replyFor = (index: number): Reply =>
    typeof replies === "function"
      ? replies(index)
      : (replies[Math.min(index, replies.length - 1)] ?? "destroy");

  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const index = requests.length;
      requests.push({
        method: request.method ?? "",
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const reply = replyFor(index);
      if (reply === "hang") return;
      if (reply === "destroy") {
        request.socket.destroy();
        return;
      }
      response.writeHead(reply.status, reply.headers);
      response.end(reply.body);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A URL where nothing listens: a port that was just free (its server closed again). */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A distribution as Pieces OS returns it (valid against the document). */
export const DISTRIBUTION = {
  id: "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41",
  share: {
    id: "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
    link: "https://pieces.link/s/Ab3dE9",
    short: "Ab3dE9",
    access: "PUBLIC",
    accessors: { iterable: [] },
    created: { value: "2026-11-28T09:15:00.000Z" },
  },
  created: { value: "2026-11-28T09:15:00.000Z" },
  updated: { value: "2026-11-28T09:15:00.000Z" },
} as const;
