/**
 * Bundle size: esbuild (bundle, minify, browser, ESM) of a small entry that imports each client and calls
 * all three operations, measured minified and minified + gzip (level 9).
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
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
  readonly minBytes: number;
  readonly gzipBytes: number;
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
    key: "oursValidated",
    label: "@pieces-distributions/client with validateResponses: true",
    source: `import { createDistributionsClient } from "@pieces-distributions/client";
const client = createDistributionsClient({ baseUrl: "http://localhost:1000", validateResponses: true });
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

/** Bundles one entry in memory and measures it. */
export async function measureBundle(entry: BundleEntry): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: BENCH_DIR, sourcefile: `${entry.key}.js`, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry.key}`);
  return {
    key: entry.key,
    label: entry.label,
    minBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    inputFiles: Object.keys(result.metafile.inputs).filter((input) => input !== `${entry.key}.js`).length,
  };
}

/** Bundles every entry. */
export async function measureBundles(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const entry of bundleEntries) sizes.push(await measureBundle(entry));
  return sizes;
}
