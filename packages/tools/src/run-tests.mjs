#!/usr/bin/env node
/**
 * `pnpm test`: every check CI runs, through turbo (so an unchanged tree is a cache hit), then one plain
 * totals line `N passed, N failed` summed over the vitest reports of every package.
 *
 * Usage: node packages/tools/src/run-tests.mjs [extra turbo arguments]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const packagesDir = path.join(root, "packages");
const REPORT = ".vitest-report.json";
const TASKS = ["lint:spec", "lint:code", "generate:check", "typecheck", "test", "check:package", "api:check"];

const reportPaths = readdirSync(packagesDir).map((name) => path.join(packagesDir, name, REPORT));
// A report left by an earlier run must not be counted: turbo restores the current ones from its cache.
for (const report of reportPaths) rmSync(report, { force: true });

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: "1",
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
};
// One task per core (turbo's default is 10 at once): the heavy suites (fault matrix, fuzzing, crash and
// load tests, the release dry run, the bench smoke run) then share 2 cores with one neighbour, not nine,
// so the time budgets they were measured against hold. `--concurrency=<n>` overrides it.
const extra = process.argv.slice(2);
const concurrency = extra.some((arg) => arg.startsWith("--concurrency")) ? [] : ["--concurrency=100%"];
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", ...TASKS, "--continue", ...concurrency, ...extra], {
  cwd: root,
  env,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
// A skipped test (a runtime or browser that is not installed) is named, so that it is never taken for a pass.
const skippedNames = [];
for (const report of reportPaths) {
  const packageJson = path.join(path.dirname(report), "package.json");
  if (!existsSync(packageJson)) continue;
  const manifest = JSON.parse(readFileSync(packageJson, "utf8"));
  if (manifest.scripts?.test === undefined) continue;
  if (!existsSync(report)) {
    missing.push(manifest.name);
    continue;
  }
  const result = JSON.parse(readFileSync(report, "utf8"));
  passed += result.numPassedTests ?? 0;
  failed +=
    (result.numFailedTests ?? 0) + (result.numFailedTestSuites > 0 && result.numFailedTests === 0 ? 1 : 0);
  skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  for (const file of result.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (["skipped", "pending", "todo"].includes(test.status))
        skippedNames.push(`${manifest.name}: ${test.fullName}`);
    }
  }
}
// With extra turbo arguments (say --filter) some packages are meant not to run.
if (missing.length > 0 && process.argv.length <= 2) {
  console.error(`No test report from: ${missing.join(", ")} (their test task did not run to the end).`);
  failed += missing.length;
}
const exitCode = turbo.status !== 0 || failed > 0 ? 1 : 0;
if (turbo.status !== 0)
  console.error(`turbo exited with ${turbo.status ?? turbo.signal}: see the failing task above.`);
for (const name of skippedNames) console.log(`skipped: ${name}`);
console.log(
  skipped > 0
    ? `${passed} passed, ${failed} failed, ${skipped} skipped`
    : `${passed} passed, ${failed} failed`,
);
process.exit(exitCode);
