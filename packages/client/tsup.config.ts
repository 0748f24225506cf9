import { defineConfig } from "tsup";

export default defineConfig({
  // `compat` (`@pieces-distributions/client/compat`) and `validate` are entries of their own, so that only apps
  // that import them carry the official SDK's surface or the validators; the code the entries share (the error
  // classes) goes to one chunk in ESM and CommonJS alike, so `instanceof` holds across entries.
  entry: { index: "src/index.ts", compat: "src/compat/index.ts", validate: "src/validate.ts" },
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  esbuildOptions(options) {
    // Maps without the sources' text: stack traces still point at src/ files and lines.
    options.sourcesContent = false;
  },
});
