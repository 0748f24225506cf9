/**
 * Installed size: what `npm i <name>` puts on disk. Workspace packages count what their tarball carries
 * (packed with `pnpm pack` and unpacked, as the registry would serve them); registry packages count their
 * installed folder. Dependencies come along transitively, resolved as Node resolves them.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { installedClosure } from "@pieces-distributions/tools/dependency-closure";
import { packPackage } from "@pieces-distributions/tools/release-dry/tarball";
import { readManifest } from "@pieces-distributions/tools/workspace-packages";
import { BENCH_DIR } from "./paths.js";

/** The installed footprint of one package with its dependencies. */
export interface InstalledSize {
  readonly name: string;
  /** Sum of the files' sizes (apparent size). */
  readonly bytes: number;
  /** Space the files take on this disk (allocated blocks, as `du` counts). */
  readonly diskBytes: number;
  readonly files: number;
  /** Every package counted, `name@version`. */
  readonly packages: readonly string[];
}

interface Totals {
  bytes: number;
  diskBytes: number;
  files: number;
}

function addFolder(dir: string, into: Totals): void {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules") continue;
    const target = path.join(dir, entry);
    const stat = statSync(target);
    if (stat.isDirectory()) addFolder(target, into);
    else if (stat.isFile()) {
      into.bytes += stat.size;
      into.diskBytes += stat.blocks * 512;
      into.files += 1;
    }
  }
}

/** Measures `name` as resolved from the bench package, with its dependencies. */
export function measureInstalled(name: string): InstalledSize {
  const packageDir = path.dirname(
    realpathSync(createRequire(path.join(BENCH_DIR, "package.json")).resolve(`${name}/package.json`)),
  );
  const everyDir = new Map([[name, packageDir], ...installedClosure(packageDir)]);
  const totals: Totals = { bytes: 0, diskBytes: 0, files: 0 };
  const packages: string[] = [];
  const packDir = mkdtempSync(path.join(tmpdir(), "bench-installed-"));
  try {
    for (const dir of everyDir.values()) {
      const { name: counted, version } = readManifest(dir);
      packages.push(`${counted}@${version}`);
      const fromRegistry = dir.split(path.sep).includes("node_modules");
      addFolder(fromRegistry ? dir : packPackage(dir, packDir).unpackedDir, totals);
    }
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  return { name, ...totals, packages: packages.sort() };
}

/** The packages whose installed size RESULTS.md compares. */
export const INSTALLED_PACKAGES = [
  "@pieces-distributions/client",
  "openapi-fetch",
  "@pieces.app/pieces-os-client",
] as const;

/** Measures every compared package. */
export function measureInstalledSizes(): InstalledSize[] {
  return INSTALLED_PACKAGES.map((name) => measureInstalled(name));
}
