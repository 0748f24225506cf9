/**
 * Installed size: the bytes and files a user's `node_modules` gains from installing a package, i.e. the
 * package and its production dependencies, transitively. Packages from the registry count every file of
 * their directory; workspace packages count what `npm pack` would ship (`package.json`, README, LICENSE,
 * CHANGELOG and the `files` list), since that is what a user would install.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
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

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  files?: string[];
}

interface Totals {
  bytes: number;
  diskBytes: number;
  files: number;
}

function findPackageDir(fromDir: string, name: string): string {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find package ${name} from ${fromDir}`);
    dir = parent;
  }
}

function walk(target: string, into: Totals, skipNodeModules: boolean): void {
  const stat = statSync(target);
  if (stat.isFile()) {
    into.bytes += stat.size;
    into.diskBytes += stat.blocks * 512;
    into.files += 1;
    return;
  }
  if (!stat.isDirectory()) return;
  for (const entry of readdirSync(target)) {
    if (skipNodeModules && entry === "node_modules") continue;
    walk(path.join(target, entry), into, skipNodeModules);
  }
}

const ALWAYS_PACKED = /^(package\.json|readme(\..*)?|license(\..*)?|licence(\..*)?|changelog(\..*)?)$/i;

function countPackage(dir: string, manifest: Manifest, into: Totals): void {
  const fromRegistry = dir.split(path.sep).includes("node_modules");
  if (fromRegistry || manifest.files === undefined) {
    walk(dir, into, true);
    return;
  }
  for (const entry of readdirSync(dir))
    if (ALWAYS_PACKED.test(entry)) walk(path.join(dir, entry), into, true);
  for (const listed of manifest.files) {
    const target = path.join(dir, listed);
    if (existsSync(target) && !ALWAYS_PACKED.test(path.basename(target))) walk(target, into, true);
  }
}

/** Measures `name` as resolved from the bench package, with its dependencies. */
export function measureInstalled(name: string): InstalledSize {
  const totals: Totals = { bytes: 0, diskBytes: 0, files: 0 };
  const seen = new Set<string>();
  const packages: string[] = [];
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
    packages.push(`${manifest.name}@${manifest.version}`);
    countPackage(dir, manifest, totals);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(findPackageDir(dir, dependency));
  };
  visit(findPackageDir(BENCH_DIR, name));
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
