/**
 * `pnpm generate` of @pieces-distributions/reference: writes `docs/` (the API reference) from the OpenAPI
 * document and the client's generated operation table. `pnpm generate:check` (`--check`) writes nothing
 * and fails, naming each stale, missing or extra file, when `docs/` differs from what they produce.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-dir path]
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { generateConfig } from "../generate.config.js";
import { type Json, type OperationSpecRow, readReferenceInput } from "../src/document.js";
import { emitReference } from "../src/emit/reference.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");

function headerFor(documentPath: string): string {
  const relative = path.relative(repositoryDir, documentPath).split(path.sep).join("/");
  return `<!-- Generated from ${relative} and the client's operation table by packages/reference/scripts/generate.ts; do not edit. Edit the document, then run \`pnpm generate\`. -->`;
}

/** Every file of the reference, by path relative to `docs/`, from the document at `documentPath`. */
export async function generateReference(documentPath: string): Promise<Map<string, string>> {
  const document = parse(await readFile(documentPath, "utf8")) as Json;
  const source = path.relative(repositoryDir, documentPath).split(path.sep).join("/");
  const tableModule = pathToFileURL(path.resolve(packageDir, generateConfig.operationTable)).href;
  const { operationSpecs } = (await import(tableModule)) as {
    operationSpecs: { readonly [methodName: string]: OperationSpecRow };
  };
  return emitReference(readReferenceInput(document, operationSpecs, source), headerFor(documentPath));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      document: { type: "string" },
      "out-dir": { type: "string" },
    },
  });
  const documentPath = path.resolve(packageDir, values.document ?? generateConfig.document);
  const outDir = path.resolve(packageDir, values["out-dir"] ?? generateConfig.outDir);
  const files = await generateReference(documentPath);
  const shown = (name: string) => path.relative(process.cwd(), path.join(outDir, name));
  const stale: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(outDir, name);
    if ((await readFile(target, "utf8").catch(() => null)) === content) continue;
    if (values.check) {
      stale.push(shown(name));
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    console.log(`wrote ${shown(name)}`);
  }
  for (const name of await listFiles(outDir)) {
    if (files.has(name)) continue;
    if (values.check) stale.push(`${shown(name)} (no longer generated)`);
    else {
      await rm(path.join(outDir, name));
      console.log(`removed ${shown(name)}`);
    }
  }
  if (stale.length > 0) {
    console.error(
      `The reference is stale (run \`pnpm generate\` and commit the result):\n  ${stale.join("\n  ")}`,
    );
    process.exitCode = 1;
  } else if (values.check) {
    console.log(
      `${files.size} reference files are up to date with ${path.relative(process.cwd(), documentPath)}`,
    );
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
