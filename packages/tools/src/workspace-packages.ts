import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The fields of a package.json the release tooling reads. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly bundleDependencies?: readonly string[] | boolean;
  readonly bundledDependencies?: readonly string[] | boolean;
  readonly scripts?: Readonly<Record<string, string>>;
  /** size-limit's configuration, when a package keeps it in its manifest. */
  readonly "size-limit"?: unknown;
}

/** A workspace package: its manifest and its directory. */
export interface WorkspacePackage extends PackageManifest {
  readonly dir: string;
}

/** Reads `dir/package.json`. */
export function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageManifest;
}

/** Every package under `root/packages/*`, by name. */
export function readWorkspacePackages(root: string): Map<string, WorkspacePackage> {
  const packagesDir = path.join(root, "packages");
  const result = new Map<string, WorkspacePackage>();
  for (const entry of readdirSync(packagesDir)) {
    const dir = path.join(packagesDir, entry);
    if (!statSync(dir).isDirectory()) continue;
    try {
      const manifest = readManifest(dir);
      result.set(manifest.name, { ...manifest, dir });
    } catch {
      // a folder without a package.json is not a package
    }
  }
  return result;
}
