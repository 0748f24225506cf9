/**
 * `pnpm --filter @pieces-distributions/bench run probe:signal`: what a timeout costs a Node `fetch`, split
 * into its timer and its `AbortSignal`. Four variants of one loopback GET, interleaved, 5 rounds of 1 000
 * sequential calls each after a warm-up; prints the median µs per call and the ratio to plain `fetch`.
 * The figures quoted in findings.md come from this script.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = JSON.stringify({ iterable: [] });
const server = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/distributions`;

const variants: Record<string, () => Promise<unknown>> = {
  fetch: async () => (await fetch(url)).json(),
  "fetch + timer": async () => {
    const timer = setTimeout(() => {}, 60_000);
    try {
      return await (await fetch(url)).json();
    } finally {
      clearTimeout(timer);
    }
  },
  "fetch + signal": async () => {
    const controller = new AbortController();
    return (await fetch(url, { signal: controller.signal })).json();
  },
  "fetch + timer + signal (a timeout)": async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      return await (await fetch(url, { signal: controller.signal })).json();
    } finally {
      clearTimeout(timer);
    }
  },
};

const rounds = Number(process.env.PROBE_ROUNDS ?? 5);
const calls = Number(process.env.PROBE_CALLS ?? 1000);
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let warm = 0; warm < 300; warm++) for (const variant of Object.values(variants)) await variant();
for (let round = 0; round < rounds; round++) {
  for (const [name, variant] of Object.entries(variants)) {
    const start = performance.now();
    for (let call = 0; call < calls; call++) await variant();
    samples[name]?.push(((performance.now() - start) * 1000) / calls);
  }
}
server.close();

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const floor = median(samples.fetch ?? []);
for (const [name, values] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(36)} ${median(values).toFixed(0).padStart(5)} µs/call  ${(median(values) / floor).toFixed(3)}x`,
  );
}
