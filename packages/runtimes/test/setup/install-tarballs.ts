/**
 * vitest's global setup: packs @pieces-distributions/models and @pieces-distributions/client with `pnpm pack`
 * and installs the tarballs with npm in a project outside the workspace (as a user gets them: openapi-fetch
 * from the registry, nothing of ours from anywhere but the tarballs). Every test file runs the client from
 * there: the browser page is bundled from it, Deno and Bun import it from its node_modules.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installTarballs } from "@pieces-distributions/tools/release-dry/consumer";
import { packPackage } from "@pieces-distributions/tools/release-dry/tarball";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The project that installed the packed client and models. */
    consumerDir: string;
  }
}

const packagesDir = path.resolve(import.meta.dirname, "../../..");

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "pieces-runtimes-"));
  const tarballs = path.join(root, "tarballs");
  const packed = ["models", "client"].map((name) => packPackage(path.join(packagesDir, name), tarballs));
  const consumerDir = path.join(root, "consumer");
  installTarballs(consumerDir, packed);
  project.provide("consumerDir", consumerDir);
  return () => rmSync(root, { recursive: true, force: true });
}
