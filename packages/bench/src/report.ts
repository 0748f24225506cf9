/**
 * Renders a session's figures as RESULTS.md: machine, goals, then every table, then how it was measured
 * and the hand-written findings (findings.md).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DECODING_BASELINE } from "./decoding.js";
import { decodingRatio, evaluateGoals, latencyRatio } from "./goals.js";
import { BENCH_DIR } from "./paths.js";
import type { BenchResults } from "./run.js";

const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "n/a");
const bytes = (value: number) => value.toLocaleString("en-US");
const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`;
const mib = (value: number) => `${(value / 2 ** 20).toFixed(2)} MiB`;
const status = (met: boolean | undefined) =>
  met === undefined ? "not measured" : met ? "**met**" : "**not met**";

function latencySection(results: BenchResults): string {
  const runs = results.latency[0]?.runs.length ?? 0;
  const runHeaders = Array.from({ length: runs }, (_, i) => `run ${i + 1}: µs (ratio)`);
  const parts: string[] = [];
  for (const mode of ["sequential", "concurrent"] as const) {
    const rows: string[][] = [];
    for (const row of results.latency.filter((r) => r.mode === mode)) {
      for (const contender of results.contenders) {
        const { median: med, perRun } = latencyRatio(row.runs, contender.key, "raw");
        rows.push([
          row.workload.label,
          contender.label,
          ...row.runs.map(
            (run, i) => `${run.medians[contender.key].toFixed(0)} (${ratio(perRun[i] ?? Number.NaN)})`,
          ),
          contender.key === "raw" ? "1.00" : `**${ratio(med)}**`,
        ]);
      }
    }
    const first = results.latency.find((r) => r.mode === mode);
    const inFlight = first?.workload.plan.inFlight ?? 0;
    parts.push(
      mode === "sequential"
        ? "### Sequential (one call at a time): median µs per call, paired ratio to raw fetch"
        : `### ${inFlight} in flight: median µs per call (batch wall time / calls in the batch), paired ratio to raw fetch`,
      table(["workload", "contender", ...runHeaders, "median ratio"], rows),
    );
  }
  const samples = results.latency
    .filter((r) => r.mode === "sequential")
    .map((r) => `${r.workload.label}: ${r.runs[0]?.samples ?? 0} timed calls per contender and run`)
    .join("; ");
  const batches = results.latency
    .filter((r) => r.mode === "concurrent")
    .map((r) => `${r.workload.label}: ${r.runs[0]?.samples ?? 0}`)
    .join("; ");
  parts.push(`Samples: ${samples}. Concurrent batches per contender and run: ${batches}.`);
  return parts.join("\n\n");
}

function decodingSection(results: BenchResults): string {
  const { decoding } = results;
  const rows = decoding.entries.map((entry) => [
    entry.label,
    ...decoding.runs.map((run) => `${(run.medians[entry.key] ?? Number.NaN).toFixed(1)}`),
    `**${ratio(decodingRatio(results, entry.key))}**`,
    ratio(decodingRatio(results, entry.key, "jsonParseText")),
  ]);
  return [
    `Snapshot of N = ${decoding.size.toLocaleString("en-US")} distributions, served from memory by an injected \`fetch\` (no network); median ms per decode over ${decoding.rounds} rounds per run; each ratio is the median over runs of the median over rounds of the two decoders' times in that round.`,
    table(
      [
        "decoder",
        ...decoding.runs.map((_, i) => `run ${i + 1} ms`),
        "paired ratio to JSON.parse(bytes)",
        "paired ratio to JSON.parse(text)",
      ],
      rows,
    ),
  ].join("\n\n");
}

function bundleSection(results: BenchResults): string {
  return table(
    [
      "entry (imports and calls all three operations)",
      "entry chunk min",
      "entry chunk min+gzip",
      "lazy chunks min / min+gzip",
      "modules bundled",
    ],
    results.bundles.map((b) => [
      b.label,
      `${bytes(b.minBytes)} B`,
      `**${bytes(b.gzipBytes)} B**`,
      b.lazyMinBytes === 0 ? "none" : `${bytes(b.lazyMinBytes)} B / ${bytes(b.lazyGzipBytes)} B`,
      String(b.inputFiles),
    ]),
  );
}

function installedSection(results: BenchResults): string {
  return table(
    ["package (with its dependencies)", "packages", "files", "bytes", "on disk"],
    results.installed.map((i) => [
      `\`${i.name}\``,
      i.packages.join(", "),
      bytes(i.files),
      i.bytes > 2 ** 20 ? mib(i.bytes) : kib(i.bytes),
      i.diskBytes > 2 ** 20 ? mib(i.diskBytes) : kib(i.diskBytes),
    ]),
  );
}

function typecheckSection(results: BenchResults): string {
  const baseline = results.typecheck.find((t) => t.key === "baseline");
  return table(
    [
      "consumer file",
      "tsc wall ms (median)",
      "tsc Total time ms",
      "files loaded",
      "ratio to no-import baseline",
    ],
    results.typecheck.map((t) => [
      `${t.label} (\`consumers/${t.key}.ts\`)`,
      t.wallMs.toFixed(0),
      t.tscTotalMs.toFixed(0),
      String(t.files),
      baseline === undefined ? "n/a" : ratio(t.wallMs / baseline.wallMs),
    ]),
  );
}

function workflowSection(results: BenchResults): string {
  const workflow = results.workflow;
  if (workflow === undefined) return "Not measured in smoke mode.";
  const row = (label: string, timing: typeof workflow.generate) => [
    label,
    `\`${timing.command}\``,
    `${(timing.ms / 1000).toFixed(2)} s`,
    timing.cached === undefined ? "n/a" : `${timing.cached.hits}/${timing.cached.total}`,
    timing.ok ? "ok" : "failed",
  ];
  const failures = [workflow.generate, workflow.testWarm, workflow.testCached]
    .filter((t) => t.failure !== undefined)
    .map((t) => `\`${t.command}\` failed; its last lines:\n\n\`\`\`\n${t.failure}\n\`\`\``);
  return [
    table(
      ["step", "command", "wall time", "turbo tasks cached", "exit"],
      [
        row("codegen from scratch (cache bypassed)", workflow.generate),
        row("pnpm test, first run (fills the cache)", workflow.testWarm),
        row("pnpm test, no change (timed)", workflow.testCached),
      ],
    ),
    ...failures,
  ].join("\n\n");
}

const METHOD = `## How it is measured

- **Server**: a \`node:http\` server on 127.0.0.1 in a child process (\`child_process.fork\`), every response
  serialised once at start-up (snapshots of N = 1, 100, 10 000 distributions, about 760 bytes each; create
  answers one distribution after reading the body; delete answers 204 for any id). Payloads are generated
  deterministically and validate against \`validateDistributions\`.
- **Contenders** share one process and the global \`fetch\` (undici, keep-alive). For every workload, each
  contender warms up, then the rounds visit the contenders in an order rotated by one each round, with a
  full GC (\`--expose-gc\`) before each contender's turn. Sequential: each call timed on its own. In
  flight: a batch is 32 workers each making a few calls back to back (4 for N = 1, create and delete, 2 for N = 100, 1 for
  N = 10 000), so 32 calls are always in flight; the batch's wall time / its calls is one sample. Each run reports
  the median µs per call of every contender and its ratio to raw fetch, which is the median over the rounds
  of the ratio of the two contenders' medians in that round (paired: the two turns are seconds apart, so a
  slow drift of a shared machine moves both); goals use the median of the per-run ratios.
- **Raw fetch** checks \`res.ok\` and calls \`res.json()\` (delete drains the empty body). Bare openapi-fetch
  is \`createClient<paths>()\` with the models' \`paths\`. The official SDK is \`new DistributionsApi(new
  Configuration({ basePath }))\`.
- **Bundle**: esbuild 0.27.7, \`bundle\`, \`minify\`, \`splitting\`, \`format: esm\`, \`platform: browser\`,
  \`target: es2022\`, of an entry that imports the client and calls all three operations; gzip level 9. With
  splitting on (as in any application bundler) a dynamic \`import()\` becomes a chunk of its own, loaded on
  first use: the goal counts the entry chunk, the lazy chunks are listed beside it.
- **Installed**: the package and its production dependencies, transitively; registry packages count every
  file of their directory, workspace packages what \`npm pack\` would ship. "On disk" counts allocated blocks.
- **Decoding**: an injected \`fetch\` answers with \`new Response(bytes)\` from memory, so only the client's
  own work is timed; the reference is \`JSON.parse(new TextDecoder().decode(bytes))\`, the least any client
  must do with a body.
- **Type-check**: \`tsc --noEmit -p consumers/tsconfig.<name>.json\` (repository strict settings,
  \`skipLibCheck\`, no \`@types\`), consumers alternated, wall time of the process.
- **Workflow**: \`pnpm generate --force\` runs every generator with turbo's cache bypassed; \`pnpm test\` runs
  once to fill the cache, then once more, timed.`;

/** The end of RESULTS.md: findings.md (written by hand) as it stands, or nothing without one. */
export function findingsSection(): string {
  const findingsFile = path.join(BENCH_DIR, "findings.md");
  const findings = existsSync(findingsFile) ? readFileSync(findingsFile, "utf8").trim() : "";
  return findings === "" ? "" : `\n${findings}\n`;
}

/** The markdown of RESULTS.md for one session. */
export function renderReport(results: BenchResults): string {
  const goals = evaluateGoals(results);
  const m = results.machine;
  const runs = results.latency[0]?.runs.length ?? 0;
  return `# Benchmark results

Generated by \`pnpm bench\` (packages/bench); do not edit by hand. ${results.mode === "smoke" ? "**Smoke mode: tiny counts, the figures mean nothing.**" : ""}

- Date: ${results.startedAt.toISOString()}
- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}
- Node ${m.node}, pnpm ${m.pnpm}
- Mode: ${results.mode}, ${runs} run(s), ${(results.durationMs / 1000).toFixed(0)} s in all

${
  results.failures.length === 0
    ? ""
    : `## Sections that failed in this session\n\n${results.failures.map((f) => `- ${f.section}: ${f.message.split("\n").slice(0, 3).join(" ")}`).join("\n")}\n\n`
}## Goals (issue 6)

${table(
  ["goal", "status", "figure"],
  goals.map((g) => [g.goal, status(g.met), g.figure]),
)}

## Latency against the loopback server

${latencySection(results)}

## Decoding

${decodingSection(results)}

Baseline key: \`${DECODING_BASELINE}\`.

## Bundle size

${bundleSection(results)}

## Installed size

${installedSection(results)}

## Type-check time of a consumer file

${typecheckSection(results)}

## Codegen and cached test

${workflowSection(results)}

${METHOD}
${findingsSection()}`;
}
