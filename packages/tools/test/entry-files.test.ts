import { describe, expect, it } from "vitest";
import { entryTargets, missingEntryFiles } from "../src/release-dry/entry-files.js";
import type { PackedPackage } from "../src/release-dry/tarball.js";

function packed(manifest: Record<string, unknown>, files: string[]): PackedPackage {
  return {
    name: "@scope/pkg",
    version: "1.0.0",
    tarball: "/tmp/pkg.tgz",
    unpackedDir: "/tmp/pkg",
    files,
    manifest: { name: "@scope/pkg", version: "1.0.0", ...manifest },
  };
}

describe("entryTargets", () => {
  it("lists every condition of every subpath, plus main, module, types and bin", () => {
    const targets = entryTargets({
      exports: {
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: "./dist/index.cjs",
        },
        "./internal": null,
      },
      main: "./dist/index.cjs",
      module: "./dist/index.js",
      types: "./dist/index.d.ts",
      bin: { tool: "./dist/cli.js" },
    });
    expect(targets).toEqual([
      { field: 'exports["."].import.types', target: "./dist/index.d.ts" },
      { field: 'exports["."].import.default', target: "./dist/index.js" },
      { field: 'exports["."].require', target: "./dist/index.cjs" },
      { field: "main", target: "./dist/index.cjs" },
      { field: "module", target: "./dist/index.js" },
      { field: "types", target: "./dist/index.d.ts" },
      { field: 'bin["tool"]', target: "./dist/cli.js" },
    ]);
  });
});

describe("missingEntryFiles", () => {
  it("names the field and the file an exports condition points at when the tarball lacks it", () => {
    const pkg = packed({ exports: { "./validators": { require: { types: "./dist/validators.d.cts" } } } }, [
      "package.json",
      "dist/index.d.cts",
    ]);
    expect(missingEntryFiles(pkg)).toEqual([
      'exports["./validators"].require.types points at ./dist/validators.d.cts, which is not in the tarball',
    ]);
  });

  it("accepts a subpath pattern that matches at least one file, and flags one that matches none", () => {
    const manifest = { exports: { "./locales/*": "./dist/locales/*.js" } };
    expect(missingEntryFiles(packed(manifest, ["dist/locales/en.js"]))).toEqual([]);
    expect(missingEntryFiles(packed(manifest, ["dist/index.js"]))).toHaveLength(1);
  });

  it("finds nothing missing when every target is packed", () => {
    const pkg = packed({ exports: { ".": "./dist/index.js" }, main: "./dist/index.js" }, ["dist/index.js"]);
    expect(missingEntryFiles(pkg)).toEqual([]);
  });
});
