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
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", ...TASKS, "--continue", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
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
}
// With extra turbo arguments (say --filter) some packages are meant not to run.
if (missing.length > 0 && process.argv.length <= 2) {
  console.error(`No test report from: ${missing.join(", ")} (their test task did not run to the end).`);
  failed += missing.length;
}
const exitCode = turbo.status !== 0 || failed > 0 ? 1 : 0;
if (turbo.status !== 0)
  console.error(`turbo exited with ${turbo.status ?? turbo.signal}: see the failing task above.`);
console.log(
  skipped > 0
    ? `${passed} passed, ${failed} failed, ${skipped} skipped`
    : `${passed} passed, ${failed} failed`,
);
process.exit(exitCode);
