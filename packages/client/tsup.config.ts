import { defineConfig } from "tsup";

export default defineConfig({
  // `validate` is an entry of its own, so that only apps that import it carry the validators; the code both
  // entries share (the error classes) goes to one chunk in ESM and CommonJS alike, so `instanceof` holds.
  entry: { index: "src/index.ts", validate: "src/validate.ts" },
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
