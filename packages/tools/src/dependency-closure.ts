/**
 * Which packages a package brings along when it is installed: its runtime dependencies, transitively,
 * resolved as Node resolves them. The supply-chain test (test/runtime-dependencies.test.ts) and the bench's
 * installed-size figure both read them from here.
 */
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type PackageManifest, readManifest } from "./workspace-packages.js";

/** Every name a consumer's install brings along with the package: dependencies, peers, optionals, bundled. */
export function runtimeDependencyNames(manifest: PackageManifest): string[] {
  const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...(Array.isArray(bundled) ? bundled : []),
  ];
}

/**
 * The installed runtime closure of a package: every package reachable through `dependencies`,
 * `optionalDependencies` and `peerDependencies`, resolved the way Node resolves them from each package's
 * own directory (pnpm's symlinked layout): name -> real directory, direct dependencies included.
 */
export function installedClosure(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (packageDir: string) => {
    const manifest = readManifest(packageDir);
    const require = createRequire(path.join(packageDir, "package.json"));
    for (const name of runtimeDependencyNames(manifest)) {
      let resolved: string;
      try {
        resolved = path.dirname(realpathSync(require.resolve(`${name}/package.json`)));
      } catch {
        // A package whose package.json is not exported: find its folder on the resolution paths.
        const base = (require.resolve.paths(name) ?? [])
          .map((p) => path.join(p, name))
          .find((p) => existsSync(p));
        if (base === undefined) {
          if (name in (manifest.optionalDependencies ?? {}) || name in (manifest.peerDependencies ?? {}))
            continue;
          throw new Error(`${manifest.name} depends on ${name}, which is not installed`);
        }
        resolved = realpathSync(base);
      }
      if (found.has(name)) continue;
      found.set(name, resolved);
      visit(resolved);
    }
  };
  visit(dir);
  return found;
}
