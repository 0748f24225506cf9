// What this document's tables add to the bundle: the same build of `one-call.js` from the client's
// sources with the generated tables and with none (`no-operations.js`), both gzipped at level 9 as
// size-limit does, every chunk counted. The size budget is the runtime's plus this share, so a spec
// change that adds operations, parameters or body fields moves the limit with it and needs no hand edit.

import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bundle } from "./bundle.js";

async function gzippedBytes(options) {
  const { outputFiles } = await build({ ...options, write: false });
  return outputFiles
    .filter(({ path }) => path.endsWith(".js"))
    .reduce((sum, { contents }) => sum + gzipSync(contents, { level: 9 }).length, 0);
}

/** The gzipped bytes the document's generated tables add to a `format` bundle, with or without code splitting. */
export async function documentShare(format, splitting) {
  const [withDocument, withoutOperations] = await Promise.all([
    gzippedBytes(bundle(format, splitting, {})),
    gzippedBytes(bundle(format, splitting, { tables: "no-operations.js" })),
  ]);
  return withDocument - withoutOperations;
}
