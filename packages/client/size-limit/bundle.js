// The esbuild options of every size-limit check: what a user's bundler makes of `one-call.js` for a
// browser page or extension, minified, openapi-fetch included, nothing left external. Each check's
// config file picks the output format and whether code is split into chunks; size-limit adds up every
// file the build writes, so a chunk split off (say for validators loaded later) would count too.
import { fileURLToPath } from "node:url";

/** The client's sources, for the builds that swap the generated tables (see `fromSources`). */
const SOURCES = fileURLToPath(new URL("../src/", import.meta.url));

/** The generated modules the default bundle carries: the tables that grow with the document. */
const GENERATED_TABLES = /^\.\.?\/generated\/(operations|body-shapes)\.js$/;

/**
 * An esbuild plugin that builds `one-call.js` from the client's sources instead of `dist`, with the
 * generated tables replaced by `tables` (a module exporting `operationSpecs`, `bodySchemas` and
 * `bodyShapes`), or the document's own when `tables` is undefined.
 */
function fromSources(tables) {
  return {
    name: "client-from-sources",
    setup(build) {
      build.onResolve({ filter: /^\.\.\/dist\/index\.js$/ }, () => ({ path: `${SOURCES}index.ts` }));
      if (tables)
        build.onResolve({ filter: GENERATED_TABLES }, ({ importer }) =>
          importer.startsWith(SOURCES)
            ? { path: fileURLToPath(new URL(tables, import.meta.url)) }
            : undefined,
        );
    },
  };
}

/**
 * The esbuild options for `format` (`"esm"` or `"iife"`), with or without code splitting. `sources`
 * builds from `src/` rather than the built `dist/`: `{ tables }` names the module that stands in for the
 * generated tables (relative to this folder), `{}` keeps the document's.
 */
export function bundle(format, splitting, sources) {
  const variant = sources ? `-src-${(sources.tables ?? "document").replace(/\W/g, "-")}` : "";
  return {
    entryPoints: [fileURLToPath(new URL("one-call.js", import.meta.url))],
    outdir: fileURLToPath(
      new URL(
        `../node_modules/.cache/size-limit/${format}${splitting ? "-split" : ""}${variant}`,
        import.meta.url,
      ),
    ),
    bundle: true,
    format,
    splitting,
    platform: "browser",
    minify: true,
    treeShaking: true,
    write: true,
    allowOverwrite: true,
    plugins: sources ? [fromSources(sources.tables)] : [],
  };
}
