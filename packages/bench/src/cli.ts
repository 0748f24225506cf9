/**
 * `pnpm bench`: runs the full benchmark and writes packages/bench/RESULTS.md.
 *
 * Options: `--smoke` (tiny counts, for checking the harness), `--out <file>` (write elsewhere).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fullConfig, smokeConfig } from "./config.js";
import { BENCH_DIR } from "./paths.js";
import { renderReport } from "./report.js";
import { runBench } from "./run.js";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    out: { type: "string" },
  },
});
if ((globalThis as { gc?: unknown }).gc === undefined)
  console.warn("bench: run node with --expose-gc so that each contender starts from a collected heap");
const config = values.smoke ? smokeConfig : fullConfig;
const out = path.resolve(
  values.out ?? path.join(BENCH_DIR, values.smoke ? ".smoke-results.md" : "RESULTS.md"),
);
const results = await runBench(config, (line) => console.log(`bench: ${line}`));
writeFileSync(out, renderReport(results));
console.log(
  `bench: wrote ${path.relative(process.cwd(), out)} in ${(results.durationMs / 1000).toFixed(0)} s`,
);
