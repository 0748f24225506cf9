// The bundle size-limit measures (see .size-limit.json): what a user's bundler makes of an app that only
// creates a client: ESM, minified, openapi-fetch included. The validators that `validateResponses` loads
// with `import()` stay out of it, as they end up in a chunk of their own that loads on first use.
import { fileURLToPath } from "node:url";

export default {
  entryPoints: [fileURLToPath(new URL("create-client.js", import.meta.url))],
  outdir: fileURLToPath(new URL("../node_modules/.cache/size-limit", import.meta.url)),
  external: ["./validate.js"],
  bundle: true,
  format: "esm",
  platform: "browser",
  minify: true,
  treeShaking: true,
  write: true,
  allowOverwrite: true,
};
