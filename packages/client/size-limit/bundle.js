// The esbuild options of every size-limit check: what a user's bundler makes of `one-call.js` for a
// browser page or extension, minified, openapi-fetch included, nothing left external. Each check's
// config file picks the output format and whether code is split into chunks; size-limit adds up every
// file the build writes, so a chunk split off (say for validators loaded later) would count too.
import { fileURLToPath } from "node:url";

/** The esbuild options for `format` (`"esm"` or `"iife"`), with or without code splitting. */
export function bundle(format, splitting) {
  return {
    entryPoints: [fileURLToPath(new URL("one-call.js", import.meta.url))],
    outdir: fileURLToPath(
      new URL(`../node_modules/.cache/size-limit/${format}${splitting ? "-split" : ""}`, import.meta.url),
    ),
    bundle: true,
    format,
    splitting,
    platform: "browser",
    minify: true,
    treeShaking: true,
    write: true,
    allowOverwrite: true,
  };
}
