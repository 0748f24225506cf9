import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { operationTable } from "@pieces-distributions/models";
import type { DistributionSources } from "./build-distribution.js";
import { applyCors, type CorsSetting, parseCorsSetting } from "./cors.js";
import { openFileStore } from "./file-store.js";
import { documentedHandler, type Handler, handlers } from "./handlers.js";
import { createMemoryStore } from "./memory-store.js";
import { checkParameters } from "./parameters.js";
import { readBody } from "./read-body.js";
import { RequestProblem } from "./request-problem.js";
import { describeRoutes, matchRoute } from "./router.js";
import type { DistributionStore } from "./store.js";

/** Every operation's handler: the stateful ones, else the documented answer (built once, so a bad `x-mock-collection` fails at import). */
const handlerOf: { readonly [id: string]: Handler } = Object.fromEntries(
  Object.values(operationTable).map((operation) => [
    operation.operationId,
    handlers[operation.operationId as keyof typeof handlers] ?? documentedHandler(operation),
  ]),
);

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** The port to listen on; 0 picks a free one (read it from `url`). @default 0 */
  readonly port?: number;
  /** The interface to listen on. @default "127.0.0.1" */
  readonly host?: string;
  /** Keep the distributions in this JSON file (created on the first change), so they survive a restart. */
  readonly dataFile?: string;
  /** Use this store instead of the in-memory one or `dataFile`. */
  readonly store?: DistributionStore;
  /** Where new distributions' moments and random parts come from (tests fix them). */
  readonly sources?: DistributionSources;
  /** Called with one line per request answered: `POST /distributions/create -> 200`, or for a refusal
   * `POST /distributions/x/delete -> 500 distribution not found: x` (the message's first line). */
  readonly log?: (line: string) => void;
  /**
   * Which origins browser code may call it from: `"*"`, one origin or a list (`"http://127.0.0.1:8080"`),
   * or `false` for no CORS headers (and no preflight answers) at all. @default "*"
   */
  readonly cors?: CorsSetting;
}

/** A running mock server. */
export interface MockServer {
  /** Its base URL, such as `http://127.0.0.1:53124`: pass it to the client as `baseUrl`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The store it keeps its distributions in. */
  readonly store: DistributionStore;
  /** Stops listening, ends open connections and waits for pending saves. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Starts a stateful stand-in for Pieces OS that implements the document's three operations. Resolves once
 * it listens; rejects with Node's own error (`code` `EADDRINUSE`, `EACCES` ...) when it cannot, and with a
 * `DataFileError` when `dataFile` exists but is not a distributions document.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  if (options.store !== undefined && options.dataFile !== undefined) {
    throw new TypeError("startMockServer: pass either `store` or `dataFile`, not both");
  }
  const host = options.host ?? "127.0.0.1";
  const store =
    options.store ??
    (options.dataFile === undefined ? createMemoryStore() : await openFileStore(options.dataFile));
  const sources = options.sources ?? {};
  const log = options.log;
  const cors = parseCorsSetting(options.cors);

  const server = createServer((request, response) => {
    const preflight = applyCors(cors, request, response);
    if (preflight !== undefined) return log?.(`${request.method} ${request.url} -> ${preflight}`);
    void answer(request, response, store, sources).then(({ status, problem }) =>
      log?.(
        `${request.method} ${request.url} -> ${status}${problem === undefined ? "" : ` ${problem.split("\n", 1)[0]}`}`,
      ),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    store,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}

/** Answers one request and resolves to the status sent, with the message of a refusal. */
async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  store: DistributionStore,
  sources: DistributionSources,
): Promise<{ status: number; problem?: string }> {
  try {
    const method = request.method ?? "GET";
    const rawUrl = request.url ?? "/";
    const match = matchRoute(method, rawUrl);
    // The body is read in every case, so the connection stays usable whatever the answer.
    const body = await readBody(request);
    if (match === null) {
      throw new RequestProblem(
        404,
        `no operation at ${method} ${rawUrl.split("?", 1)[0]}; the document defines ${describeRoutes()}`,
      );
    }
    const parameters: Record<string, string> = {};
    for (const [name, raw] of Object.entries(match.rawParameters)) {
      try {
        parameters[name] = decodeURIComponent(raw);
      } catch {
        throw new RequestProblem(500, `path parameter ${name} is not valid percent-encoding: ${raw}`);
      }
    }
    const operation = operationTable[match.operationId];
    checkParameters(operation, new URL(rawUrl, "http://mock.invalid"), request.headers);
    const handler = handlerOf[match.operationId] as Handler;
    const reply = await handler({
      parameters,
      body,
      contentType: request.headers["content-type"],
      store,
      sources,
    });
    if ("text" in reply) {
      response.writeHead(reply.status, {
        "content-type": reply.contentType,
        "content-length": Buffer.byteLength(reply.text),
      });
      response.end(reply.text);
    } else if ("json" in reply) {
      const text = JSON.stringify(reply.json);
      response.writeHead(reply.status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
      });
      response.end(text);
    } else {
      response.writeHead(reply.status);
      response.end();
    }
    return { status: reply.status };
  } catch (error) {
    const status = error instanceof RequestProblem ? error.status : 500;
    const message =
      error instanceof RequestProblem ? error.message : `the mock server failed: ${(error as Error).message}`;
    if (!response.headersSent && !response.destroyed) {
      response.writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(message),
      });
      response.end(message);
    }
    return { status, problem: message };
  }
}
