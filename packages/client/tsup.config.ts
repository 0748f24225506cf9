import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // The lazily loaded validation chunk is named in every bundle that imports the client (`import("./validate.js")`):
  // without a hash the name costs 9 bytes less of the 4 kB budget. esbuild fails the build if two chunks would share a name.
  esbuildOptions(options) {
    options.chunkNames = "[name]";
    // Maps without the sources' text: stack traces still point at src/ files and lines.
    options.sourcesContent = false;
  },
});
