/**
 * `pnpm --filter @pieces-distributions/bench run findings:sync`: copies findings.md (written by hand) into
 * the findings section at the end of RESULTS.md, as `pnpm bench` would, without re-running the ten minutes
 * of measurements behind the other sections. Fails if RESULTS.md has no findings section to replace.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH_DIR } from "./paths.js";
import { findingsSection } from "./report.js";

const resultsFile = path.join(BENCH_DIR, "RESULTS.md");
const results = readFileSync(resultsFile, "utf8");
// report.ts renders the findings last, findings.md starting with this heading.
const start = results.indexOf("\n## Findings");
if (start === -1) throw new Error(`${resultsFile} has no "## Findings" section: run pnpm bench`);
writeFileSync(resultsFile, `${results.slice(0, start)}${findingsSection()}`);
console.log(`findings:sync: copied findings.md into ${path.relative(process.cwd(), resultsFile)}`);
