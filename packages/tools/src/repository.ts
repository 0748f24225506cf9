import { existsSync } from "node:fs";
import path from "node:path";

/** The OpenAPI document, relative to the repository root. */
export const SPEC_PATH = "openapi/pieces-os-distributions.yaml";

/** The document as of the last version step (the baseline `spec:diff` compares against), relative to the root. */
export const RELEASED_SPEC_PATH = "openapi/.released/pieces-os-distributions.yaml";

/** The package whose version `info.version` of the document mirrors. */
export const SPEC_VERSION_PACKAGE = "packages/models";

/** The publishable packages, as directories relative to the root, dependencies first. */
export const PUBLIC_PACKAGE_DIRS = ["packages/models", "packages/client", "packages/mock-server"] as const;

/** Thrown when no pnpm workspace root lies above a directory. */
export class WorkspaceRootNotFoundError extends Error {
  override readonly name = "WorkspaceRootNotFoundError";
}

/** The nearest directory at or above `from` holding a `pnpm-workspace.yaml`. */
export function findWorkspaceRoot(from: string = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new WorkspaceRootNotFoundError(`No pnpm-workspace.yaml at or above ${from}`);
    dir = parent;
  }
}
