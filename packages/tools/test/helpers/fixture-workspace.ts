import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../../src/repository.js";
import { readWorkspacePackages } from "../../src/workspace-packages.js";

/** The real repository root (this file is packages/tools/test/helpers/). */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

function workspaceOnly(dependencies: Record<string, string> | undefined): Record<string, string> | undefined {
  if (dependencies === undefined) return undefined;
  const kept = Object.entries(dependencies).filter(([, range]) => range.startsWith("workspace:"));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * A throwaway copy of what the version step reads and writes, in the OS temp dir: the real changesets
 * config, CHANGELOGs, OpenAPI document and its released baseline, and each package's manifest reduced to its name, version,
 * privacy and workspace dependencies (so `pnpm install --lockfile-only` needs no registry). The real
 * repository is never touched. `node_modules/@changesets/cli` links to the installed CLI so the config's
 * `changelog` module resolves as it does in the repository.
 */
export function createFixtureWorkspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "pieces-release-"));
  writeFileSync(
    path.join(root, "package.json"),
    `${JSON.stringify({ name: "release-fixture", private: true }, null, 2)}\n`,
  );
  cpSync(path.join(repositoryRoot, "pnpm-workspace.yaml"), path.join(root, "pnpm-workspace.yaml"));
  cpSync(path.join(repositoryRoot, ".changeset/config.json"), path.join(root, ".changeset/config.json"));
  cpSync(path.join(repositoryRoot, SPEC_PATH), path.join(root, SPEC_PATH));
  cpSync(path.join(repositoryRoot, RELEASED_SPEC_PATH), path.join(root, RELEASED_SPEC_PATH));
  for (const pkg of readWorkspacePackages(repositoryRoot).values()) {
    const dir = path.join(root, "packages", path.basename(pkg.dir));
    mkdirSync(dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(pkg.dir, "package.json"), "utf8")) as Record<
      string,
      Record<string, string> | undefined
    >;
    const reduced = {
      name: pkg.name,
      version: pkg.version,
      private: pkg.private,
      dependencies: workspaceOnly(manifest.dependencies),
      devDependencies: workspaceOnly(manifest.devDependencies),
    };
    writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(reduced, null, 2)}\n`);
    if (!pkg.private) cpSync(path.join(pkg.dir, "CHANGELOG.md"), path.join(dir, "CHANGELOG.md"));
  }
  mkdirSync(path.join(root, "node_modules/@changesets"), { recursive: true });
  symlinkSync(
    path.join(repositoryRoot, "node_modules/@changesets/cli"),
    path.join(root, "node_modules/@changesets/cli"),
  );
  return root;
}
