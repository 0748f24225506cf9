/**
 * The benchmark server, run in a process of its own (see `server.ts`) so that serving never competes with
 * the contenders for the event loop. Every response is serialised once at start-up; a request only costs a
 * route lookup and a socket write.
 *
 * Routes, under a prefix naming the snapshot size (`/n1`, `/n100`, `/n10000`):
 * - `GET  /nN/distributions`                  -> 200, the snapshot of N distributions
 * - `POST /nN/distributions/create`           -> 200, one distribution (the request body is read first)
 * - `POST /nN/distributions/{id}/delete`      -> 204 for any id
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createdDistribution, makeSnapshot, SNAPSHOT_SIZES } from "./payloads.js";

interface Prepared {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

function prepareJson(value: unknown): Prepared {
  const body = Buffer.from(JSON.stringify(value));
  return {
    body,
    headers: { "content-type": "application/json", "content-length": String(body.byteLength) },
  };
}

const snapshots = new Map<string, Prepared>();
for (const size of SNAPSHOT_SIZES) snapshots.set(`/n${size}/distributions`, prepareJson(makeSnapshot(size)));
const created = prepareJson(createdDistribution);
const CREATE = /^\/n\d+\/distributions\/create$/;
const DELETE = /^\/n\d+\/distributions\/[^/]+\/delete$/;

function send(res: ServerResponse, status: number, prepared?: Prepared): void {
  if (prepared === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, prepared.headers);
  res.end(prepared.body);
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  const path = url.includes("?") ? url.slice(0, url.indexOf("?")) : url;
  // Read the whole request body before answering, as a real server would.
  req.resume();
  req.on("end", () => {
    if (req.method === "GET") {
      const snapshot = snapshots.get(path);
      if (snapshot !== undefined) return send(res, 200, snapshot);
    } else if (req.method === "POST") {
      if (CREATE.test(path)) return send(res, 200, created);
      if (DELETE.test(path)) return send(res, 204);
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end(`no route for ${req.method} ${path}`);
  });
}

const server = createServer({ keepAliveTimeout: 60_000 }, handle);
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: "ready", port });
});
process.on("message", (message: unknown) => {
  if ((message as { type?: string } | null)?.type === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
