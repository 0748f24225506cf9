/** The supply-chain checks of test/runtime-dependencies.test.ts: which packages a published package brings along at run time. */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";

/** The runtime-relevant fields of a package.json. */
export interface Manifest {
  readonly name: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly bundleDependencies?: readonly string[] | boolean;
  readonly bundledDependencies?: readonly string[] | boolean;
}

/** Every name a consumer's install brings along with the package: dependencies, peers, optionals, bundled. */
export function runtimeDependencyNames(manifest: Manifest): string[] {
  const bundled = manifest.bundleDependencies ?? manifest.bundledDependencies;
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
    ...(Array.isArray(bundled) ? bundled : []),
  ];
}

/** The problems of a manifest against its allow-list entry: names missing from it, or listed without reason. */
export function unlistedDependencies(
  manifest: Manifest,
  allowed: Readonly<Record<string, string>>,
): string[] {
  return runtimeDependencyNames(manifest)
    .filter((name) => !(name in allowed) || (allowed[name] ?? "").trim().length < 10)
    .map(
      (name) =>
        `${manifest.name} depends on ${name}, which is not in runtime-dependencies.allowlist.json with a reason`,
    );
}

/**
 * The installed runtime closure of a package: every package reachable through `dependencies`,
 * `optionalDependencies` and `peerDependencies`, resolved the way Node resolves them from each package's
 * own directory (pnpm's symlinked layout). Returns the names beyond the package's direct dependencies.
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

/**
 * The bare module specifiers a built file imports or requires (relative paths excluded), found by
 * TypeScript's pre-processor: real `import`/`export ... from`/`import()`/`require()`, not text inside a
 * string (Ajv's bundled helpers carry `'require("ajv/dist/runtime/ucs2length")'` as a string).
 */
export function importedSpecifiers(code: string): string[] {
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const specifiers = new Set(importedFiles.map((file) => file.fileName));
  return [...specifiers].filter((specifier) => !specifier.startsWith(".") && !specifier.startsWith("/"));
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
export const packageNameOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Reads `dir/package.json`. */
export const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
