import { isObject } from "../spec-diff/json.js";
import type { PackedPackage } from "./tarball.js";

/** One file a manifest field points at, e.g. `exports["./validators"].require.types -> ./dist/validators.d.cts`. */
export interface EntryTarget {
  /** Where in package.json, e.g. `exports["."].import.default`. */
  readonly field: string;
  readonly target: string;
}

function exportTargets(value: unknown, field: string): EntryTarget[] {
  if (typeof value === "string") return [{ field, target: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => exportTargets(item, `${field}[${index}]`));
  if (!isObject(value)) return []; // null: an explicitly blocked subpath
  return Object.entries(value).flatMap(([key, child]) =>
    exportTargets(child, key.startsWith(".") ? `${field}["${key}"]` : `${field}.${key}`),
  );
}

/** Every file the manifest's `exports`, `main`, `module`, `types` and `bin` fields point at. */
export function entryTargets(manifest: Record<string, unknown>): EntryTarget[] {
  const targets = exportTargets(manifest.exports, "exports");
  for (const field of ["main", "module", "types", "typings"]) {
    const value = manifest[field];
    if (typeof value === "string") targets.push({ field, target: value });
  }
  const bin = manifest.bin;
  if (typeof bin === "string") targets.push({ field: "bin", target: bin });
  else if (isObject(bin)) {
    for (const [name, target] of Object.entries(bin)) {
      if (typeof target === "string") targets.push({ field: `bin["${name}"]`, target });
    }
  }
  return targets;
}

function matcher(target: string): (file: string) => boolean {
  const normalized = target.replace(/^\.\//, "");
  if (!normalized.includes("*")) return (file) => file === normalized;
  const escaped = normalized.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`^${escaped.join(".+")}$`);
  return (file) => pattern.test(file);
}

/** One line per entry target that no file of the tarball satisfies (a `*` pattern needs at least one match). */
export function missingEntryFiles(pkg: PackedPackage): string[] {
  return entryTargets(pkg.manifest)
    .filter(({ target }) => !pkg.files.some(matcher(target)))
    .map(({ field, target }) => `${field} points at ${target}, which is not in the tarball`);
}
