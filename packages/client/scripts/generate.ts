/**
 * `pnpm generate` of @pieces-distributions/client: regenerates `src/generated/operations.ts` (the operation
 * table and the method types), `src/generated/body-shapes.ts` (the request-body property names the client
 * checks) and `src/generated/compat-models.ts` + `compat-tables.ts` (the official SDK's model shapes and the name
 * mapping of the compat entry) from the OpenAPI document. `pnpm generate:check` (`--check`) writes nothing and fails,
 * naming each stale file, when a committed file differs from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-file path] [--models-import specifier]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { generateConfig } from "../generate.config.js";
import { generateBodyShapesSource, type JsonSchema } from "./body-shapes-codegen.js";
import { generateCompatSources } from "./compat-codegen.js";
import { generateOperationsSource, readOperations } from "./operations-codegen.js";

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

/**
 * The files generated beside the operations file, by file name: the body-shapes table and the compat
 * models, both emitted from the document's component schemas and the operations `readOperations` reads.
 */
export async function generateSchemaFiles(documentPath: string): Promise<Map<string, string>> {
  const document = parse(await readFile(documentPath, "utf8")) as Record<string, unknown>;
  const header = headerFor(documentPath);
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<
    string,
    JsonSchema
  >;
  const operations = readOperations(document, generateConfig.retryByDefault);
  const bodies: Record<string, string> = {};
  for (const operation of operations)
    if (operation.body?.schema) bodies[operation.body.param] = operation.body.schema;
  const compatOperations = operations.map((operation) => ({
    ...operation,
    bodySchema: operation.body?.schema ?? null,
  }));
  const compat = generateCompatSources(schemas, compatOperations, { header, runtimeImport: ".." });
  return new Map([
    ["body-shapes.ts", generateBodyShapesSource(schemas, bodies, header)],
    ["compat-models.ts", compat.models],
    ["compat-tables.ts", compat.tables],
  ]);
}

/** Writes `content` to `target`, or with `check` reports whether it is stale; returns whether it was up to date. */
async function writeOrCheck(target: string, content: string, check: boolean): Promise<boolean> {
  const current = await readFile(target, "utf8").catch(() => null);
  const shown = path.relative(process.cwd(), target);
  if (current === content) {
    if (check) console.log(`${shown} is up to date`);
    return true;
  }
  if (check) {
    console.error(`Generated file is stale (run \`pnpm generate\` and commit the result):\n  ${shown}`);
    process.exitCode = 1;
    return false;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  console.log(`wrote ${shown}`);
  return false;
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
  await writeOrCheck(target, content, values.check);
  for (const [name, source] of await generateSchemaFiles(documentPath))
    await writeOrCheck(path.join(path.dirname(target), name), source, values.check);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
