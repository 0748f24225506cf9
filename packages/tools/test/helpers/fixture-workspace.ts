import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatChangeset } from "../../src/api-changelog.js";
import { workspaceFiles } from "../../src/file-snapshot.js";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../../src/repository.js";
import { run } from "../../src/run.js";

/** The real repository root (this file is packages/tools/test/helpers/). */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const fixture = fileURLToPath(new URL("../fixtures/release-workspace/", import.meta.url));

const MODELS = "@pieces-distributions/models";

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function writePackage(root: string, dir: string, manifest: Record<string, unknown>): void {
  writeJson(path.join(root, "packages", dir, "package.json"), manifest);
  if (manifest.private !== true) {
    writeFileSync(
      path.join(root, "packages", dir, "CHANGELOG.md"),
      `# ${String(manifest.name)}\n\n## 1.0.0\n\n### Major Changes\n\n- First release.\n`,
    );
  }
}

/**
 * A workspace of its own in the OS temp dir, for the release tooling to run on: its own OpenAPI document
 * and released baseline (test/fixtures/release-workspace/openapi.yaml, both at 1.0.0), models and client
 * (one fixed group, by the repository's changesets config) with a small generator, a mock server whose
 * public types carry `Distribution`, private examples and tools packages, and no pending changesets. It is a git
 * repository with everything committed, so "every tracked file" means what it does in the real one.
 * Nothing of the working tree's state (its document, baseline, versions or changesets) is read.
 * The repository's changesets config and changelog functions are copied, as the code under test;
 * `node_modules/@changesets/cli` links to the installed CLI so the changelog functions resolve.
 */
export function createFixtureWorkspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "pieces-release-"));
  writeJson(path.join(root, "package.json"), {
    name: "release-fixture",
    private: true,
    scripts: {
      generate: "node packages/models/generate.mjs",
      "generate:check": "node packages/models/generate.mjs --check",
    },
  });
  writeFileSync(path.join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  writeFileSync(path.join(root, ".gitignore"), "node_modules\n");
  for (const file of ["config.json", "changelog.cjs"]) {
    cpSync(path.join(repositoryRoot, ".changeset", file), path.join(root, ".changeset", file));
  }
  cpSync(path.join(fixture, "openapi.yaml"), path.join(root, SPEC_PATH));
  cpSync(path.join(fixture, "openapi.yaml"), path.join(root, RELEASED_SPEC_PATH));

  writePackage(root, "models", { name: MODELS, version: "1.0.0" });
  cpSync(path.join(fixture, "generate.mjs"), path.join(root, "packages/models/generate.mjs"));
  writePackage(root, "client", {
    name: "@pieces-distributions/client",
    version: "1.0.0",
    dependencies: { [MODELS]: "workspace:*" },
  });
  writePackage(root, "mock-server", {
    name: "@pieces-distributions/mock-server",
    version: "1.0.0",
    dependencies: { [MODELS]: "workspace:^" },
  });
  cpSync(path.join(fixture, "mock-server-src"), path.join(root, "packages/mock-server/src"), {
    recursive: true,
  });
  writePackage(root, "examples", {
    name: "@pieces-distributions/examples",
    version: "0.0.0",
    private: true,
    dependencies: { "@pieces-distributions/client": "workspace:*" },
  });
  writePackage(root, "tools", { name: "@pieces-distributions/tools", version: "0.0.0", private: true });

  mkdirSync(path.join(root, "node_modules/@changesets"), { recursive: true });
  symlinkSync(
    path.join(repositoryRoot, "node_modules/@changesets/cli"),
    path.join(root, "node_modules/@changesets/cli"),
  );
  run("node", [path.join(root, "packages/models/generate.mjs")], { cwd: root });
  run("pnpm", ["install", "--lockfile-only", "--offline"], { cwd: root });
  const git = (...args: string[]) =>
    run("git", ["-c", "user.name=fixture", "-c", "user.email=fixture@invalid", ...args], { cwd: root });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "fixture");
  return root;
}

/** Writes `.changeset/<id>.md` asking the given bumps, as `pnpm changeset` does. */
export function addChangeset(
  root: string,
  id: string,
  releases: Record<string, "major" | "minor" | "patch">,
  summary = "A change.",
): void {
  writeFileSync(
    path.join(root, ".changeset", `${id}.md`),
    formatChangeset(new Map(Object.entries(releases)), summary),
  );
}

/** Rewrites the workspace's OpenAPI document with `edit` (a text edit keeps the test's change visible). */
export function editSpec(root: string, edit: (text: string) => string): void {
  const file = path.join(root, SPEC_PATH);
  const before = readFileSync(file, "utf8");
  const after = edit(before);
  if (after === before) throw new Error("editSpec: the edit changed nothing");
  writeFileSync(file, after);
}

/** A hash of every file git sees (tracked and untracked-not-ignored, changesets included): path and bytes. */
export function workspaceHash(root: string): string {
  const hash = createHash("sha256");
  for (const file of workspaceFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}
