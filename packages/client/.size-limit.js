// The client's size budget, checked by `size-limit` in `pnpm test` (see the README's "Size"). The runtime
// has a fixed budget; the tables generated from the document are measured (size-limit/document-share.js)
// and added to it, so a spec change moves the limit with it and needs no hand edit, while growth of the
// hand-written runtime or of openapi-fetch fails here.
import { documentShare } from "./size-limit/document-share.js";

/** The gzipped bytes the runtime may take with no operation in the document: client, errors, openapi-fetch. */
const RUNTIME_BUDGET = 4520;

/** The runtime's budget with every feature of the operation table in use (the parameter encoder included). */
const EVERY_FEATURE_BUDGET = 5080;

const WHAT = "createDistributionsClient + one call";

/** A check of the built package: the runtime's budget plus what this document's tables add to `format`. */
async function documentCheck(description, config, format, splitting) {
  const share = await documentShare(format, splitting);
  return {
    name: `${WHAT}, ${description} (min+gzip; ${RUNTIME_BUDGET} B runtime + ${share} B for this document's tables)`,
    config,
    gzip: true,
    limit: `${RUNTIME_BUDGET + share} B`,
  };
}

export default [
  await documentCheck(
    "esbuild ESM for the browser, no code splitting",
    "size-limit/esm.config.js",
    "esm",
    false,
  ),
  await documentCheck(
    "esbuild ESM for the browser, code splitting, every chunk",
    "size-limit/esm-splitting.config.js",
    "esm",
    true,
  ),
  await documentCheck(
    "esbuild IIFE (a single-file extension or userscript)",
    "size-limit/iife.config.js",
    "iife",
    false,
  ),
  {
    name: `${WHAT}, from the sources with a fixed table using every feature of OperationSpec, esbuild ESM (min+gzip)`,
    config: "size-limit/every-feature.config.js",
    gzip: true,
    limit: `${EVERY_FEATURE_BUDGET} B`,
  },
];
