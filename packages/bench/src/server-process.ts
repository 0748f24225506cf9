/**
 * The bench server, in a process of its own (`server.ts`). Every answer is serialised once at start-up, so
 * that a request costs a route lookup and a socket write. Under a prefix naming the snapshot size (`/nN`):
 * `GET /nN/distributions` answers the snapshot of N, `POST /nN/distributions/create` one distribution
 * (after reading the body, as a real server would), `POST /nN/distributions/{id}/delete` 204 for any id.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createdDistribution, makeSnapshot } from "./payloads.js";

function serialised(value: unknown): { body: Buffer; headers: Record<string, string> } {
  const body = Buffer.from(JSON.stringify(value));
  return { body, headers: { "content-type": "application/json", "content-length": String(body.byteLength) } };
}

const snapshots = new Map([1, 100, 10_000].map((n) => [`/n${n}/distributions`, serialised(makeSnapshot(n))]));
const created = serialised(createdDistribution);

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const path = req.url ?? "/";
  const snapshot = req.method === "GET" ? snapshots.get(path) : undefined;
  req.resume();
  req.on("end", () => {
    if (snapshot !== undefined) res.writeHead(200, snapshot.headers).end(snapshot.body);
    else if (req.method === "POST" && /^\/n\d+\/distributions\/create$/.test(path))
      res.writeHead(200, created.headers).end(created.body);
    else if (req.method === "POST" && /^\/n\d+\/distributions\/[^/]+\/delete$/.test(path))
      res.writeHead(204).end();
    else res.writeHead(404, { "content-type": "text/plain" }).end(`no route for ${req.method} ${path}`);
  });
});
server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
process.on("disconnect", () => process.exit(0));
