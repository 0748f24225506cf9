import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CJS, with declarations for both.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // The two builds run in parallel: the library's clean must spare the bin's files.
    clean: ["!cli.js", "!cli.js.map"],
    target: "es2022",
    platform: "node",
    treeshake: true,
  },
  {
    // The `pieces-distributions-mock` bin: one ESM file (tsup keeps the shebang and marks it executable).
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
]);
