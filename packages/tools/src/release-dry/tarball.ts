import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { run } from "../run.js";
import { type PackageManifest, readManifest } from "../workspace-packages.js";

/** A package packed by `pnpm pack` and unpacked again, as a registry would serve it. */
export interface PackedPackage {
  /** The package name, from the packed manifest. */
  readonly name: string;
  readonly version: string;
  /** The `.tgz` file. */
  readonly tarball: string;
  /** Where the tarball was unpacked (its `package/` folder). */
  readonly unpackedDir: string;
  /** Every file in the tarball, relative to the package root, with `/` separators. */
  readonly files: readonly string[];
  /** The manifest inside the tarball (`workspace:` ranges already replaced by pnpm). */
  readonly manifest: PackageManifest & Record<string, unknown>;
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${entry}/`) : [`${prefix}${entry}`];
  });
}

/** Packs the package in `packageDir` with `pnpm pack` into `destination`, then unpacks it next to the tarball. */
export function packPackage(packageDir: string, destination: string): PackedPackage {
  const output = run("pnpm", ["pack", "--json", "--pack-destination", destination], { cwd: packageDir });
  const { filename } = JSON.parse(output.slice(output.indexOf("{"))) as { filename: string };
  const tarball = path.resolve(packageDir, filename);
  const unpackRoot = tarball.replace(/\.tgz$/, "");
  run("mkdir", ["-p", unpackRoot], { cwd: destination });
  run("tar", ["-xzf", tarball, "-C", unpackRoot], { cwd: destination });
  const unpackedDir = path.join(unpackRoot, "package");
  const manifest = readManifest(unpackedDir) as PackedPackage["manifest"];
  return {
    name: manifest.name,
    version: manifest.version,
    tarball,
    unpackedDir,
    files: listFiles(unpackedDir),
    manifest,
  };
}
