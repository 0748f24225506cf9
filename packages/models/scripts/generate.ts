/**
 * `pnpm generate` of @pieces-distributions/models: regenerates `src/generated/` from the OpenAPI document
 * through the codegen package's reader and emitters. `--check` writes nothing and fails, naming each stale
 * file, when the committed files differ from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-dir path]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  emitModelExports,
  emitModelTypes,
  emitOperationTable,
  emitSchemaShapes,
  emitValidators,
  type GenerateOutcome,
  generatedHeader,
  readDocument,
  runGenerateCli,
  writeFiles,
} from "@pieces-distributions/codegen";
import { generateConfig } from "../generate.config.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");

/** Produces every generated file, by name inside the output folder, from the document at `documentPath`. */
export async function generateModels(documentPath: string): Promise<Map<string, string>> {
  const ir = await readDocument(documentPath, repositoryDir);
  const header = generatedHeader(ir.source, "packages/models/scripts/generate.ts");
  const openapi = await emitModelTypes(ir, generateConfig.openapiTypescript, header);
  return new Map([
    ["openapi.ts", openapi],
    ["models.ts", emitModelExports(openapi, header)],
    ...emitValidators(ir, {
      header,
      runtimeImport: generateConfig.validationImport,
      formatsImport: generateConfig.formatsImport,
    }),
    ["operations.ts", emitOperationTable(ir, { header, descriptorImport: generateConfig.descriptorImport })],
    ["shapes.ts", emitSchemaShapes(ir, header)],
  ]);
}

/** Regenerates into `outDir`, or with `check` only lists the files whose content would change. */
export async function runGenerate(options: {
  readonly documentPath: string;
  readonly outDir: string;
  readonly check: boolean;
}): Promise<GenerateOutcome> {
  const files = await generateModels(options.documentPath);
  return writeFiles(
    new Map([...files].map(([name, content]) => [path.join(options.outDir, name), content])),
    options.check,
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runGenerateCli(["out-dir"], async (values) => {
    const outDir = path.resolve(packageDir, values["out-dir"] ?? generateConfig.outDir);
    const files = await generateModels(path.resolve(packageDir, values.document ?? generateConfig.document));
    return new Map([...files].map(([name, content]) => [path.join(outDir, name), content]));
  });
}
