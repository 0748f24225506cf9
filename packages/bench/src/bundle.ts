/**
 * Bundle size: esbuild (bundle, minify, browser, ESM) of a small entry that imports each client and calls
 * all three operations, measured minified and minified + gzip (level 9).
 */

import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { BENCH_DIR } from "./paths.js";

/** One bundled entry. */
export interface BundleEntry {
  readonly key: string;
  readonly label: string;
  /** The entry's source; it resolves packages from the bench package. */
  readonly source: string;
}

/** The size of one bundle. */
export interface BundleSize {
  readonly key: string;
  readonly label: string;
  /** The entry chunk, minified. */
  readonly minBytes: number;
  /** The entry chunk, minified and gzipped. */
  readonly gzipBytes: number;
  /** Chunks split off at dynamic imports (loaded on first use), minified. */
  readonly lazyMinBytes: number;
  /** The same, gzipped one by one. */
  readonly lazyGzipBytes: number;
  /** Source files esbuild put into the bundle. */
  readonly inputFiles: number;
}

const CALLS = `
export async function run(baseUrl) {
  return [await api.snapshot(), await api.create(), await api.remove()];
}`;

/** The entries: the floor, our client (defaults and with validation on), bare openapi-fetch, the official SDK. */
export const bundleEntries: readonly BundleEntry[] = [
  {
    key: "raw",
    label: "raw fetch (hand-written calls)",
    source: `const base = "http://localhost:1000";
const api = {
  snapshot: async () => (await fetch(base + "/distributions")).json(),
  create: async () => (await fetch(base + "/distributions/create", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({}) })).json(),
  remove: async () => (await fetch(base + "/distributions/x/delete", { method: "POST" })).status,
};${CALLS}`,
  },
  {
    key: "ours",
    label: "@pieces-distributions/client (createDistributionsClient, defaults)",
    source: `import { createDistributionsClient } from "@pieces-distributions/client";
const client = createDistributionsClient({ baseUrl: "http://localhost:1000" });
const api = {
  snapshot: () => client.distributionsSnapshot(),
  create: () => client.distributionsCreateNewDistribution({ seededDistribution: {} }),
  remove: () => client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
};${CALLS}`,
  },
  {
    key: "oursFactory",
    label: "createDistributionsClient alone, with its dependencies (the size goal; no calling code)",
    source: `export { createDistributionsClient } from "@pieces-distributions/client";`,
  },
  {
    key: "oursValidated",
    label: "@pieces-distributions/client with validateResponses",
    source: `import { createDistributionsClient } from "@pieces-distributions/client";
import { validateResponses } from "@pieces-distributions/client/validate";
const client = createDistributionsClient({ baseUrl: "http://localhost:1000", validateResponses });
const api = {
  snapshot: () => client.distributionsSnapshot(),
  create: () => client.distributionsCreateNewDistribution({ seededDistribution: {} }),
  remove: () => client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
};${CALLS}`,
  },
  {
    key: "openapiFetch",
    label: "bare openapi-fetch 0.17.0",
    source: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "http://localhost:1000" });
const api = {
  snapshot: () => client.GET("/distributions"),
  create: () => client.POST("/distributions/create", { body: {} }),
  remove: () => client.POST("/distributions/{distribution}/delete", { params: { path: { distribution: "x" } } }),
};${CALLS}`,
  },
  {
    key: "official",
    label: "official @pieces.app/pieces-os-client 4.1.0 (DistributionsApi)",
    source: `import { Configuration, DistributionsApi } from "@pieces.app/pieces-os-client";
const client = new DistributionsApi(new Configuration({ basePath: "http://localhost:1000" }));
const api = {
  snapshot: () => client.distributionsSnapshot(),
  create: () => client.distributionsCreateNewDistribution({ seededDistribution: {} }),
  remove: () => client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
};${CALLS}`,
  },
];

/** Serves an entry's source as a virtual module that resolves packages from the bench package. */
function virtualEntry(entry: BundleEntry): Plugin {
  return {
    name: "bench-entry",
    setup(build) {
      build.onResolve({ filter: /^bench-entry:/ }, (args) => ({ path: args.path, namespace: "bench-entry" }));
      build.onLoad({ filter: /.*/, namespace: "bench-entry" }, () => ({
        contents: entry.source,
        loader: "js",
        resolveDir: BENCH_DIR,
      }));
    },
  };
}

/**
 * Bundles one entry in memory and measures it. Code splitting is on, as in any application bundler, so a
 * dynamic `import()` becomes a chunk of its own: `min`/`gzip` are the entry chunk (what loads up front),
 * `lazy*` the chunks loaded only when the code that imports them runs.
 */
export async function measureBundle(entry: BundleEntry): Promise<BundleSize> {
  const result = await build({
    entryPoints: [`bench-entry:${entry.key}`],
    plugins: [virtualEntry(entry)],
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: path.join(BENCH_DIR, ".bundle"),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  let initial: Uint8Array | undefined;
  let lazyMin = 0;
  let lazyGzip = 0;
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith(".map")) continue;
    const contents = result.outputFiles.find((f) => f.path === path.resolve(file))?.contents;
    if (contents === undefined) throw new Error(`esbuild output ${file} is missing`);
    if (output.entryPoint?.startsWith("bench-entry:")) initial = contents;
    else {
      lazyMin += contents.byteLength;
      lazyGzip += gzipSync(contents, { level: 9 }).byteLength;
    }
  }
  if (initial === undefined) throw new Error(`esbuild produced no entry chunk for ${entry.key}`);
  return {
    key: entry.key,
    label: entry.label,
    minBytes: initial.byteLength,
    gzipBytes: gzipSync(initial, { level: 9 }).byteLength,
    lazyMinBytes: lazyMin,
    lazyGzipBytes: lazyGzip,
    inputFiles: Object.keys(result.metafile.inputs).filter((input) => !input.startsWith("bench-entry:"))
      .length,
  };
}

/** Bundles every entry. */
export async function measureBundles(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const entry of bundleEntries) sizes.push(await measureBundle(entry));
  return sizes;
}
