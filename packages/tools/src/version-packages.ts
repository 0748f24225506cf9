/**
 * `pnpm version-packages`: applies the pending changesets and keeps everything that follows from the new
 * versions in step, in one command:
 *   0. the spec gate (`pnpm spec:diff`): refuses to version when the changesets ask the models/client group
 *      for less than the document's changes since the last release need;
 *   1. `changeset version` (bumps package.json versions, writes CHANGELOG entries, deletes the changesets);
 *   2. `info.version` of the OpenAPI document := the models/client version (they are one fixed group);
 *   3. the document is copied to the released baseline that `pnpm spec:diff` compares against;
 *   4. `pnpm run --if-present generate`, so generated code that quotes the document is current;
 *   5. `pnpm install --lockfile-only`, so the lockfile records the new versions.
 *
 * Usage: tsx packages/tools/src/version-packages.ts [--root <workspace root>]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FIXED_GROUP, findWorkspaceRoot, RELEASED_SPEC_PATH, SPEC_PATH } from "./repository.js";
import { run } from "./run.js";
import { formatReport, specDiff } from "./spec-diff.js";
import { setInfoVersion } from "./spec-version.js";
import { readWorkspacePackages } from "./workspace-packages.js";

/** Thrown when the packages of the fixed group do not share one version after `changeset version`. */
export class FixedGroupVersionMismatchError extends Error {
  override readonly name = "FixedGroupVersionMismatchError";
}

/** Thrown when the pending changesets ask for a smaller bump than the spec changes need; holds the report. */
export class SpecGateError extends Error {
  override readonly name = "SpecGateError";
}

/** What the version step did. */
export interface VersionPackagesResult {
  /** The models/client version the document now carries. */
  readonly specVersion: string;
}

const require = createRequire(import.meta.url);

/** Runs the whole version step in the workspace at `root`. */
export async function versionPackages(root: string): Promise<VersionPackagesResult> {
  const specPath = path.join(root, SPEC_PATH);
  const releasedPath = path.join(root, RELEASED_SPEC_PATH);
  const gateOptions = { root, basePath: releasedPath, headPath: specPath };
  const gate = await specDiff(gateOptions);
  if (!gate.ok) throw new SpecGateError(formatReport(gate, gateOptions));

  const changesetBin = require.resolve("@changesets/cli/bin.js");
  run(process.execPath, [changesetBin, "version"], { cwd: root, inherit: true });

  const packages = readWorkspacePackages(root);
  const versions = new Set(FIXED_GROUP.map((name) => packages.get(name)?.version));
  const [specVersion] = versions;
  if (versions.size !== 1 || specVersion === undefined) {
    throw new FixedGroupVersionMismatchError(
      `${FIXED_GROUP.join(" and ")} must share one version; found ${[...versions].join(", ")}`,
    );
  }

  writeFileSync(specPath, setInfoVersion(readFileSync(specPath, "utf8"), specVersion));
  mkdirSync(path.dirname(releasedPath), { recursive: true });
  copyFileSync(specPath, releasedPath);

  run("pnpm", ["run", "--if-present", "generate"], { cwd: root, inherit: true });
  run("pnpm", ["install", "--lockfile-only"], { cwd: root, inherit: true });
  return { specVersion };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rootFlag = process.argv.indexOf("--root");
  const root = rootFlag === -1 ? findWorkspaceRoot() : path.resolve(process.argv[rootFlag + 1] ?? ".");
  versionPackages(root).then(
    ({ specVersion }) =>
      console.log(`Versioned: models/client and ${SPEC_PATH} info.version are at ${specVersion}.`),
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exit(1);
    },
  );
}
