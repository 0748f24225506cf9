/** The supply-chain checks of test/runtime-dependencies.test.ts: which packages a published package brings along at run time. */
import ts from "typescript";
import { runtimeDependencyNames } from "../src/dependency-closure.js";
import type { PackageManifest } from "../src/workspace-packages.js";

/** The problems of a manifest against its allow-list entry: names missing from it, or listed without reason. */
export function unlistedDependencies(
  manifest: PackageManifest,
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
