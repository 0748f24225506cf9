#!/usr/bin/env node
/**
 * `pnpm start`: builds what is needed (turbo), then runs the examples' start script, which starts an
 * embedded mock server unless PIECES_OS_URL is set and runs the round-trip example against it.
 * Until the examples exist it prints the operations the document defines.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"]);
const examples = JSON.parse(readFileSync(path.join(root, "packages/examples/package.json"), "utf8"));
if (examples.scripts?.start !== undefined) {
  run("pnpm", ["--filter", "@pieces-distributions/examples", "--silent", "start"]);
} else {
  const models = await import(pathToFileURL(path.join(root, "packages/models/dist/index.js")).href);
  console.log("The document defines these operations:");
  for (const operation of Object.values(models.operationTable)) {
    console.log(
      `  ${operation.method.toUpperCase().padEnd(5)} ${operation.path.padEnd(40)} ${operation.operationId}`,
    );
  }
}
