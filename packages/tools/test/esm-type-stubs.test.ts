/**
 * Each published package ships its declarations once (`dist/*.d.cts`); the types of each ESM entry are a
 * one-line `export *` of them (`types/<entry>.d.ts`). This pins the pairing for every entry of every
 * published package, so a new entry cannot ship without its stub, and `export *` cannot silently drop a
 * default export (it re-exports named exports only).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const PUBLISHED = ["client", "models", "mock-server"];

type Conditions = { import: { types: string }; require: { types: string } };

/** The code of a declaration file without its comments. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/^\s*\/\/.*$/gm, "")
    .trim();
}

describe.each(PUBLISHED)("the ESM type stubs of @pieces-distributions/%s", (name) => {
  const dir = path.join(ROOT, "packages", name);
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    exports: Record<string, Conditions | string>;
  };
  const entries = Object.entries(manifest.exports).filter(
    (entry): entry is [string, Conditions] => typeof entry[1] !== "string",
  );

  it.each(entries)(
    "entry %s: its import types re-export its require types, which have no default export",
    (_, conditions) => {
      const entry = path.basename(conditions.require.types, ".d.cts");
      expect(conditions.require.types).toBe(`./dist/${entry}.d.cts`);
      expect(conditions.import.types).toBe(`./types/${entry}.d.ts`);
      expect(code(path.join(dir, conditions.import.types))).toBe(`export * from "../dist/${entry}.cjs";`);
      const declarations = path.join(dir, conditions.require.types);
      expect(existsSync(declarations), `${declarations} (run the build first)`).toBe(true);
      expect(readFileSync(declarations, "utf8")).not.toMatch(/export default|export =|\bas default\b/);
    },
  );
});
