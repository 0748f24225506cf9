#!/usr/bin/env node
/**
 * `pnpm start`: builds what the examples need (turbo: models, client, mock-server), then runs the examples'
 * start script: it starts an embedded mock server on a free port unless PIECES_OS_URL is set, runs the
 * round-trip example against it, prints what happened, stops the server and exits with the example's code.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };

/** Runs a command from the repository root with our output; stops here with its code when it fails. */
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", ...options });
  if (result.error !== undefined) {
    console.error(`pnpm start: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
};

console.log("Building the packages the examples use (turbo; cached after the first run)...");
const build = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter",
    "@pieces-distributions/examples...",
    "--output-logs=errors-only",
  ],
  { cwd: root, env, encoding: "utf8" },
);
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  console.error(`pnpm start: the build failed (exit code ${build.status ?? build.signal}); see above.`);
  process.exit(build.status ?? 1);
}
run("pnpm", ["--filter", "@pieces-distributions/examples", "--silent", "start"]);
