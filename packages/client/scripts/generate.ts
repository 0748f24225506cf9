/**
 * `pnpm generate` of @pieces-distributions/client: regenerates, through the codegen package's reader and
 * emitters, `src/generated/operations.ts` (the operation table and the method types),
 * `src/generated/body-shapes.ts` (the request-body property names the client checks) and
 * `src/generated/compat-models.ts` + `compat-tables.ts` (the official SDK's model shapes and the name mapping of
 * the compat entry). `--check` writes nothing and fails, naming each stale file, when a committed file differs
 * from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-file path] [--models-import specifier]
 *        [--runtime-import specifier]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  clientOperations,
  emitBodyShapes,
  emitClientOperations,
  emitCompat,
  generatedHeader,
  readDocument,
  runGenerateCli,
} from "@pieces-distributions/codegen/light";
import { generateConfig } from "../generate.config.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");
const GENERATOR = "packages/client/scripts/generate.ts";

/** Where the generated files import from; every field defaults to `generate.config.ts`. */
export interface GenerateOptions {
  readonly modelsImport?: string | undefined;
  readonly runtimeImport?: string | undefined;
}

/**
 * Every generated file of the client, by file name inside the folder of the operations file, from the
 * document at `documentPath` (read once).
 */
export async function generateClientFiles(
  documentPath: string,
  options: GenerateOptions = {},
): Promise<Map<string, string>> {
  const ir = await readDocument(documentPath, repositoryDir);
  const header = generatedHeader(ir.source, GENERATOR).trimEnd();
  const runtimeImport = options.runtimeImport ?? generateConfig.imports.runtime;
  const clients = clientOperations(ir, generateConfig.retryByDefault);
  return new Map([
    [
      path.basename(generateConfig.outFile),
      emitClientOperations(clients, {
        header,
        modelsImport: options.modelsImport ?? generateConfig.imports.models,
        runtimeImport,
      }),
    ],
    ["body-shapes.ts", emitBodyShapes(ir, clients, header)],
    ...emitCompat(ir, clients, { header, runtimeImport }),
  ]);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runGenerateCli(["out-file", "models-import", "runtime-import"], async (values) => {
    const target = path.resolve(packageDir, values["out-file"] ?? generateConfig.outFile);
    const files = await generateClientFiles(
      path.resolve(packageDir, values.document ?? generateConfig.document),
      {
        modelsImport: values["models-import"],
        runtimeImport: values["runtime-import"],
      },
    );
    return new Map(
      [...files].map(([name, source]) => [
        name === path.basename(generateConfig.outFile) ? target : path.join(path.dirname(target), name),
        source,
      ]),
    );
  });
}
