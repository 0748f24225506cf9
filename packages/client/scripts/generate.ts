/**
 * `pnpm generate` of @pieces-distributions/client: regenerates `src/generated/operations.ts` (the operation
 * table and the method types) from the OpenAPI document. `pnpm generate:check` (`--check`) writes nothing
 * and fails, naming the stale file, when the committed file differs from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-file path] [--models-import specifier]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { generateConfig } from "../generate.config.js";
import { generateOperationsSource } from "./operations-codegen.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");

/** The header every generated file starts with. */
function headerFor(documentPath: string): string {
  const relative = path.relative(repositoryDir, documentPath).split(path.sep).join("/");
  return [
    `// Generated from ${relative} by packages/client/scripts/generate.ts; do not edit.`,
    "// Edit the document, then run `pnpm generate` from the repository root.",
  ].join("\n");
}

/** Where to read from and what the generated file imports; every field defaults to `generate.config.ts`. */
export interface GenerateOptions {
  readonly modelsImport?: string;
  readonly runtimeImport?: string;
}

/** Produces the source of the generated operations file from the document at `documentPath`. */
export async function generateClient(documentPath: string, options: GenerateOptions = {}): Promise<string> {
  const document = parse(await readFile(documentPath, "utf8")) as Record<string, unknown>;
  return generateOperationsSource(document, {
    header: headerFor(documentPath),
    modelsImport: options.modelsImport ?? generateConfig.imports.models,
    runtimeImport: options.runtimeImport ?? generateConfig.imports.runtime,
    retryByDefault: generateConfig.retryByDefault,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      document: { type: "string" },
      "out-file": { type: "string" },
      "models-import": { type: "string" },
      "runtime-import": { type: "string" },
    },
  });
  const documentPath = path.resolve(packageDir, values.document ?? generateConfig.document);
  const target = path.resolve(packageDir, values["out-file"] ?? generateConfig.outFile);
  const content = await generateClient(documentPath, {
    ...(values["models-import"] === undefined ? {} : { modelsImport: values["models-import"] }),
    ...(values["runtime-import"] === undefined ? {} : { runtimeImport: values["runtime-import"] }),
  });
  const current = await readFile(target, "utf8").catch(() => null);
  const shown = path.relative(process.cwd(), target);
  if (current === content) {
    if (values.check)
      console.log(`${shown} is up to date with ${path.relative(process.cwd(), documentPath)}`);
    return;
  }
  if (values.check) {
    console.error(`Generated file is stale (run \`pnpm generate\` and commit the result):\n  ${shown}`);
    process.exitCode = 1;
    return;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  console.log(`wrote ${shown}`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
