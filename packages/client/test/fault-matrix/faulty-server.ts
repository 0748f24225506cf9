import { createServer, type Server, type Socket } from "node:net";
import { DISTRIBUTION } from "../helpers/test-server.js";

/** One request as the faulty server received it. */
export interface ReceivedRequest {
  readonly method: string;
  /** The request target, e.g. `/distributions/abc/delete`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** How the faulty server treats one request. `ok` answers what Pieces OS would for the operation. */
export type Fault =
  | "ok"
  | "close without answering"
  | "reset mid-body"
  | "200 truncated JSON"
  | "200 text/html"
  | "200 wrong-shaped JSON"
  | "204 with a body"
  | "500 text/plain"
  | "500 text/html"
  | "502 without Retry-After"
  | "502 with Retry-After"
  | "503 without Retry-After"
  | "503 with Retry-After"
  | "503 with a Retry-After of 120 s"
  | "headers then a stalled body"
  | "never answers"
  | "10 MB body";

/** The text of a 500 text/plain answer, and the start of every other error body (for assertions). */
export const PLAIN_ERROR = "the disk is full";
export const HTML_ERROR = "<!doctype html><html><body><h1>Internal Server Error</h1></body></html>";
/** The value of `Retry-After` in the faults that send it: 0 seconds, so honouring it costs no time. */
export const RETRY_AFTER_SECONDS = "0";
/** The size of the "10 MB body" fault's body. */
export const BIG_BODY_BYTES = 10 * 1024 * 1024;

/** What the server answers successfully for a request, by operation (recognised from method and path). */
function successFor(request: ReceivedRequest): { status: number; json?: unknown } {
  if (request.method === "GET" && request.path.split("?")[0] === "/distributions")
    return { status: 200, json: { iterable: [DISTRIBUTION] } };
  if (request.method === "POST" && request.path === "/distributions/create")
    return { status: 200, json: DISTRIBUTION };
  return { status: 204 };
}

const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  204: "No Content",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** The head of an answer; every answer closes its connection, so each attempt is a connection of its own. */
function head(status: number, headers: Readonly<Record<string, string | number>>): string {
  const lines = Object.entries({ ...headers, connection: "close" }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `HTTP/1.1 ${status} ${REASONS[status] ?? "Status"}\r\n${lines.join("\r\n")}\r\n\r\n`;
}

function answer(
  socket: Socket,
  status: number,
  contentType: string | null,
  body: string,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string | number> = { ...extra, "content-length": Buffer.byteLength(body) };
  if (contentType !== null) headers["content-type"] = contentType;
  socket.end(head(status, headers) + body);
}

/** Acts out a fault on the connection that carried `request`. */
function actOut(fault: Fault, socket: Socket, request: ReceivedRequest): void {
  switch (fault) {
    case "ok": {
      const success = successFor(request);
      if (success.json === undefined) socket.end(head(success.status, { "content-length": 0 }));
      else answer(socket, success.status, "application/json", JSON.stringify(success.json));
      return;
    }
    case "close without answering":
      socket.end();
      return;
    case "reset mid-body": {
      const body = JSON.stringify({ iterable: [DISTRIBUTION] });
      socket.write(
        head(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }),
      );
      socket.write(body.slice(0, 40), () => socket.resetAndDestroy());
      return;
    }
    case "200 truncated JSON":
      answer(socket, 200, "application/json", JSON.stringify({ iterable: [DISTRIBUTION] }).slice(0, 60));
      return;
    case "200 text/html":
      answer(
        socket,
        200,
        "text/html; charset=utf-8",
        "<!doctype html><html><body>Welcome to nginx!</body></html>",
      );
      return;
    case "200 wrong-shaped JSON":
      answer(socket, 200, "application/json", JSON.stringify({ iterable: "not a list", id: 42 }));
      return;
    case "204 with a body": {
      // Node's own HTTP server refuses to send this; the raw socket does.
      const body = JSON.stringify({ surprise: true });
      socket.end(
        head(204, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }) + body,
      );
      return;
    }
    case "500 text/plain":
      answer(socket, 500, "text/plain; charset=utf-8", PLAIN_ERROR);
      return;
    case "500 text/html":
      answer(socket, 500, "text/html; charset=utf-8", HTML_ERROR);
      return;
    case "502 without Retry-After":
      answer(socket, 502, "text/html", HTML_ERROR.replace("Internal Server Error", "Bad Gateway"));
      return;
    case "502 with Retry-After":
      answer(socket, 502, "text/html", HTML_ERROR.replace("Internal Server Error", "Bad Gateway"), {
        "retry-after": RETRY_AFTER_SECONDS,
      });
      return;
    case "503 without Retry-After":
      answer(socket, 503, "text/plain", "Pieces OS is starting");
      return;
    case "503 with Retry-After":
      answer(socket, 503, "text/plain", "Pieces OS is starting", { "retry-after": RETRY_AFTER_SECONDS });
      return;
    case "503 with a Retry-After of 120 s":
      answer(socket, 503, "text/plain", "Pieces OS is updating", { "retry-after": "120" });
      return;
    case "headers then a stalled body":
      socket.write(head(200, { "content-type": "application/json", "content-length": 5000 }));
      socket.write('{"iterable":[');
      return;
    case "never answers":
      return;
    case "10 MB body": {
      const success = successFor(request);
      if (success.json === undefined) {
        answer(socket, 500, "text/plain", "x".repeat(BIG_BODY_BYTES));
      } else {
        // A valid answer padded to 10 MB with an extra property (the schemas allow unknown properties).
        const json = JSON.stringify(success.json);
        const padding = "x".repeat(BIG_BODY_BYTES - json.length - 16);
        answer(socket, 200, "application/json", `${json.slice(0, -1)},"padding":"${padding}"}`);
      }
      return;
    }
  }
}

/** A running faulty server. */
export interface FaultyServer {
  /** Its base URL, such as `http://127.0.0.1:53124`. */
  readonly url: string;
  /** Every request received so far, in order. */
  readonly requests: readonly ReceivedRequest[];
  /** Answers the next requests with these faults in turn; the last one repeats. Clears `requests`. */
  answerWith(...faults: [Fault, ...Fault[]]): void;
  /** Stops listening and destroys every open connection (stalled ones included). */
  close(): Promise<void>;
}

/**
 * Starts a purpose-built faulty HTTP/1.1 server on 127.0.0.1, port 0: a raw TCP server with a minimal
 * request parser, so that it can do what a well-behaved HTTP server never would (204 with a body, a reset
 * in the middle of a body, a stalled body). Each request gets the next fault of the plan.
 */
export async function startFaultyServer(): Promise<FaultyServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let plan: Fault[] = ["ok"];

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let buffer = Buffer.alloc(0);
    let handled = false;
    socket.on("data", (chunk: Buffer) => {
      if (handled) return;
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      const [requestLine = "", ...headerLines] = buffer.subarray(0, end).toString("latin1").split("\r\n");
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const length = Number(headers["content-length"] ?? 0);
      if (buffer.length < end + 4 + length) return;
      handled = true;
      const [method = "", path = ""] = requestLine.split(" ");
      const request: ReceivedRequest = {
        method,
        path,
        headers,
        body: buffer.subarray(end + 4, end + 4 + length).toString("utf8"),
      };
      requests.push(request);
      const fault = plan.length > 1 ? (plan.shift() as Fault) : (plan[0] as Fault);
      actOut(fault, socket, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the faulty server has no port");

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    answerWith(...faults) {
      plan = [...faults];
      requests.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A base URL where nothing listens: a port that was just free (connections to it are refused). */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}
