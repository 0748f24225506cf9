/**
 * `pnpm --filter @pieces-distributions/bench run probe:request-path`: where openapi-fetch's request path
 * loses time against raw fetch, and what a pass-through `Request`/`fetch` pairing (accepted through
 * openapi-fetch's `Request` and `fetch` options) gets back. Prints a markdown table; `--profile` adds a
 * CPU profile of 5 000 creates each way, summarised as the inclusive share of the functions that differ.
 */
import { Session } from "node:inspector/promises";
import type { paths } from "@pieces-distributions/models";
import createClient from "openapi-fetch";
import { bareOpenapiFetch } from "./contenders/openapi-fetch.js";
import { rawFetch } from "./contenders/raw-fetch.js";
import type { Contender } from "./contenders/types.js";
import { measureLatency, type Workload } from "./latency.js";
import { deleteId, seededDistribution } from "./payloads.js";
import { startBenchServer } from "./server.js";

/** What openapi-fetch builds instead of a `Request`: the URL and init exactly as given, nothing parsed. */
class PassThroughRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly init: RequestInit;
  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.init = init;
    this.method = init.method ?? "GET";
    this.headers = init.headers as Headers;
  }
}

/** Hands the pass-through request's URL and init to the real fetch: one `Request` is built, by fetch itself. */
const passThroughFetch = (request: PassThroughRequest): Promise<Response> => fetch(request.url, request.init);

/** A hand-written `fetch(new Request(url, init))`: what openapi-fetch does, without the rest of it. */
const fetchOfRequest: Contender = {
  key: "official",
  label: "raw fetch(new Request(url, init))",
  make({ baseUrl }) {
    const json = { "content-type": "application/json" };
    return {
      snapshot: async () => (await fetch(new Request(`${baseUrl}/distributions`))).json(),
      create: async () =>
        (
          await fetch(
            new Request(`${baseUrl}/distributions/create`, {
              method: "POST",
              headers: json,
              body: JSON.stringify(seededDistribution),
            }),
          )
        ).json(),
      delete: async () =>
        (
          await fetch(new Request(`${baseUrl}/distributions/${deleteId}/delete`, { method: "POST" }))
        ).arrayBuffer(),
    };
  },
};

/** openapi-fetch with the pass-through pairing. */
const passThrough: Contender = {
  key: "ours",
  label: "openapi-fetch + pass-through Request/fetch",
  make({ baseUrl }) {
    const client = createClient<paths>({
      baseUrl,
      Request: PassThroughRequest as unknown as typeof Request,
      fetch: passThroughFetch as unknown as typeof fetch,
    });
    const unwrap = <T>(result: { data?: T; response: Response }): T => {
      if (!result.response.ok) throw new Error(`HTTP ${result.response.status}`);
      return result.data as T;
    };
    return {
      snapshot: async () => unwrap(await client.GET("/distributions")),
      create: async () => unwrap(await client.POST("/distributions/create", { body: seededDistribution })),
      delete: async () =>
        unwrap(
          await client.POST("/distributions/{distribution}/delete", {
            params: { path: { distribution: deleteId } },
          }),
        ),
    };
  },
};

const plan = {
  warmupCalls: 200,
  concurrentWarmup: true,
  rounds: 20,
  sequentialCalls: 100,
  concurrentBatches: 2,
  inFlight: 32,
  callsPerWorker: 8,
};
const workloads: Workload[] = [
  { id: "snapshot-n1", label: "GET snapshot N=1", operation: "snapshot", size: 1, plan },
  { id: "create", label: "POST create", operation: "create", size: 1, plan },
  { id: "delete", label: "POST delete (204)", operation: "delete", size: 1, plan },
];

async function profileCreates(origin: string, viaRequest: boolean): Promise<Map<string, number>> {
  const url = `${origin}/n1/distributions/create`;
  const init = () => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(seededDistribution),
  });
  const call = async () => (await (viaRequest ? fetch(new Request(url, init())) : fetch(url, init()))).json();
  for (let i = 0; i < 500; i++) await call();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  for (let i = 0; i < 5000; i++) await call();
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i] ?? 0;
    total += delta;
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame === undefined) continue;
      const name = `${frame.functionName || "(anonymous)"} (${frame.url.split("/").at(-1)})`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  }
  for (const [name, time] of inclusive) inclusive.set(name, time / total);
  return inclusive;
}

const server = await startBenchServer();
try {
  const contenders = [rawFetch, fetchOfRequest, bareOpenapiFetch, passThrough];
  console.log(
    "| workload | mode | raw fetch(url, init) µs | fetch(new Request) | bare openapi-fetch | openapi-fetch + pass-through |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const workload of workloads) {
    for (const mode of ["sequential", "concurrent"] as const) {
      const { medians } = await measureLatency(workload, mode, contenders, (contender) =>
        contender.make({ baseUrl: `${server.origin}/n${workload.size}` }),
      );
      const r = (key: keyof typeof medians) => (medians[key] / medians.raw).toFixed(3);
      console.log(
        `| ${workload.label} | ${mode} | ${medians.raw.toFixed(0)} | ${r("official")} | ${r("openapiFetch")} | ${r("ours")} |`,
      );
    }
  }
  if (process.argv.includes("--profile")) {
    const plain = await profileCreates(server.origin, false);
    const viaRequest = await profileCreates(server.origin, true);
    const names = [...viaRequest.keys()]
      .filter((name) =>
        /Request|TransformStream|pipeThrough|pipeTo|cloneBody|extractBody|webidl|AbortSignal/.test(name),
      )
      .sort((a, b) => (viaRequest.get(b) ?? 0) - (viaRequest.get(a) ?? 0))
      .slice(0, 12);
    console.log(
      "\n| function (inclusive share of profile) | fetch(url, init) | fetch(new Request(url, init)) |",
    );
    console.log("|---|---|---|");
    const pct = (value: number | undefined) => `${((value ?? 0) * 100).toFixed(1)}%`;
    for (const name of names)
      console.log(`| ${name} | ${pct(plain.get(name))} | ${pct(viaRequest.get(name))} |`);
  }
} finally {
  await server.close();
}
