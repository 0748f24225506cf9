import { defineConfig } from "tsup";

export default defineConfig({
  // The compat entry is its own file (`@pieces-distributions/client/compat`), so the default client's bundle
  // never carries it; the code both entries use goes to a shared chunk.
  entry: { index: "src/index.ts", compat: "src/compat/index.ts", validate: "src/validate.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // The lazily loaded validation module is named in every bundle that imports the client (`import("./validate.js")`):
  // as an entry of its own its name has no hash, which costs 9 bytes less of the 4 kB budget than a chunk's.
  esbuildOptions(options) {
    // Maps without the sources' text: stack traces still point at src/ files and lines.
    options.sourcesContent = false;
  },
});
