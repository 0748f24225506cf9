/**
 * `pnpm bench`: runs the full benchmark and writes packages/bench/RESULTS.md. `--smoke`: tiny counts,
 * written to `.smoke-results.md` (for checking the harness); `--out <file>`: write there instead.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BENCH_DIR } from "./paths.js";
import { renderReport } from "./report.js";
import { fullConfig, runBench, smokeConfig } from "./run.js";

const { smoke, out } = parseArgs({ options: { smoke: { type: "boolean" }, out: { type: "string" } } }).values;
if (!("gc" in globalThis))
  console.warn("bench: without node's --expose-gc, no turn starts from a collected heap");
const file = path.resolve(out ?? path.join(BENCH_DIR, smoke ? ".smoke-results.md" : "RESULTS.md"));
const results = await runBench(smoke ? smokeConfig : fullConfig, (line) => console.log(`bench: ${line}`));
writeFileSync(file, renderReport(results));
console.log(
  `bench: wrote ${path.relative(process.cwd(), file)} in ${(results.durationMs / 1000).toFixed(0)} s`,
);
