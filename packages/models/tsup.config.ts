import { defineConfig, type Options } from "tsup";

const shared: Options = {
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  treeshake: true,
};

export default defineConfig([
  {
    // The types and the few runtime values, with source maps (without the sources' text: stack traces
    // still point at src/ files and lines), and the declarations of both entries.
    ...shared,
    entry: { index: "src/index.ts" },
    dts: { entry: { index: "src/index.ts", validators: "src/validators.ts" } },
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    // The two builds run in parallel: this clean must spare the validators' files.
    clean: ["!validators.js", "!validators.cjs"],
  },
  {
    // The validators, without source maps: nearly all of their code is Ajv's generated module, one line of
    // 75 kB in src/generated/, so a map would point at column 40 000 of a file nobody reads, at the price
    // of 200 kB in the tarball (they return problems; the one error they throw names its cause). Whitespace
    // and syntax are minified, names kept: a stack trace through them still names the functions.
    ...shared,
    entry: { validators: "src/validators.ts" },
    sourcemap: false,
    minifyWhitespace: true,
    minifySyntax: true,
  },
]);
