/**
 * A throw-away copy of the packages the code generation touches (codegen, models, client, mock-server) and
 * the document, for trials that edit the document and regenerate without touching the repository. Each
 * package's `node_modules` is copied as pnpm's relative symlinks, so workspace dependencies resolve inside
 * the copy and everything else through a link to the repository's `node_modules`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The packages a trial regenerates and builds, in build order. */
export const TRIAL_PACKAGES = ["codegen", "models", "client", "mock-server"] as const;

/** What a copy leaves out of each package: outputs, caches and tests. */
const LEFT_OUT = new Set(["dist", ".turbo", ".tmp", "test", "etc", ".vitest-report.json"]);

/** A copy of the repository's generation inputs; `remove()` deletes it. */
export interface RepositoryCopy {
  readonly root: string;
  packageDir(name: (typeof TRIAL_PACKAGES)[number]): string;
  remove(): void;
}

/** Copies the document, the base tsconfig and the trial packages of `repositoryRoot` to a new folder. */
export function copyRepository(repositoryRoot: string): RepositoryCopy {
  const root = mkdtempSync(path.join(tmpdir(), "spec-change-trial-"));
  cpSync(path.join(repositoryRoot, "openapi"), path.join(root, "openapi"), { recursive: true });
  cpSync(path.join(repositoryRoot, "tsconfig.base.json"), path.join(root, "tsconfig.base.json"));
  symlinkSync(path.join(repositoryRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  mkdirSync(path.join(root, "packages"));
  for (const name of TRIAL_PACKAGES) {
    const from = path.join(repositoryRoot, "packages", name);
    cpSync(from, path.join(root, "packages", name), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !LEFT_OUT.has(path.relative(from, source).split(path.sep)[0] ?? ""),
    });
  }
  return {
    root,
    packageDir: (name) => path.join(root, "packages", name),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
