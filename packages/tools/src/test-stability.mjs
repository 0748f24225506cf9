#!/usr/bin/env node
/**
 * `pnpm test:stability [N]`: runs `pnpm test --force` (turbo cache off) N times, default 3, the last of them
 * beside a CPU-bound process that competes for the cores, and prints `passed X of N`. Each run's output goes
 * to a log file (its path is printed); a failed run prints its failing lines. At the end: the wall time of
 * each run and the five slowest test files (the longest each took in any run).
 *
 * Usage: node packages/tools/src/test-stability.mjs [N]
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const runTests = path.join(root, "packages/tools/src/run-tests.mjs");
const runs = Number(process.argv[2] ?? "3");
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(
    `test:stability: N must be a whole number of runs >= 1, got ${JSON.stringify(process.argv[2])}`,
  );
  process.exit(2);
}
const logDir = mkdtempSync(path.join(tmpdir(), "test-stability-"));

/** Runs `pnpm test --force` once, its output into `logFile`; resolves with its exit code. */
function runSuite(logFile) {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [runTests, "--force"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve) =>
    child.once("close", (code, signal) => log.end(() => resolve(code ?? (signal ? 128 : 1)))),
  );
}

/** Seconds per test file of the run that just ended, from each package's vitest JSON report. */
function fileDurations() {
  const durations = new Map();
  for (const name of readdirSync(path.join(root, "packages"))) {
    const report = path.join(root, "packages", name, ".vitest-report.json");
    if (!existsSync(report)) continue;
    for (const file of JSON.parse(readFileSync(report, "utf8")).testResults ?? [])
      durations.set(path.relative(root, file.name), (file.endTime - file.startTime) / 1000);
  }
  return durations;
}

/** The lines of a failed run's log that say what failed (vitest's ×/FAIL lines, turbo's errors, the total). */
function failingLines(logFile) {
  const plain = stripVTControlCharacters(readFileSync(logFile, "utf8"));
  return plain
    .split("\n")
    .filter((line) =>
      /(^|\s)(×|FAIL)\s|ERR!|error TS|exited with|No test report|\d+ passed, \d+ failed/.test(line),
    )
    .slice(0, 40);
}

let passed = 0;
const walls = [];
const slowest = new Map();
for (let run = 1; run <= runs; run += 1) {
  const contended = run === runs;
  // One busy loop in a process of its own: a CPU-bound neighbour, as on a shared CI machine.
  const competitor = contended
    ? spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" })
    : undefined;
  const logFile = path.join(logDir, `run-${run}.log`);
  const started = performance.now();
  const code = await runSuite(logFile);
  const seconds = (performance.now() - started) / 1000;
  competitor?.kill("SIGKILL");
  walls.push(seconds);
  for (const [file, duration] of fileDurations())
    slowest.set(file, Math.max(duration, slowest.get(file) ?? 0));
  const total = failingLines(logFile).findLast((line) => /\d+ passed, \d+ failed/.test(line)) ?? "no total";
  const what = contended ? " beside a CPU-bound process" : "";
  console.log(
    `run ${run} of ${runs}${what}: ${code === 0 ? "green" : "RED"} (${total.trim()}) in ${seconds.toFixed(0)} s, log ${logFile}`,
  );
  if (code === 0) passed += 1;
  else for (const line of failingLines(logFile)) console.log(`    ${line.trim()}`);
}

console.log(`wall time per run: ${walls.map((seconds) => `${seconds.toFixed(0)} s`).join(", ")}`);
console.log("five slowest test files (longest in any run):");
for (const [file, seconds] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 5))
  console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
console.log(`passed ${passed} of ${runs}`);
process.exit(passed === runs ? 0 : 1);
