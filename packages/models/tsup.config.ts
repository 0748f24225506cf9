import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", validators: "src/validators.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // Maps without the sources' text: stack traces still point at src/ files and lines, and the tarball
  // (two formats, so four maps) no longer carries the generated validators' 67 kB source twice over.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
});
