/**
 * `pnpm generate` of @pieces-distributions/client: regenerates `src/generated/operations.ts` (the operation
 * table and the method types) through the codegen package's reader and client emitter. `--check` writes
 * nothing and fails, naming the stale file, when the committed file differs from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-file path] [--models-import specifier]
 *        [--runtime-import specifier]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  emitClientOperations,
  generatedHeader,
  readDocument,
  runGenerateCli,
} from "@pieces-distributions/codegen/light";
import { generateConfig } from "../generate.config.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");

/** Where the generated file imports from; every field defaults to `generate.config.ts`. */
export interface GenerateOptions {
  readonly modelsImport?: string | undefined;
  readonly runtimeImport?: string | undefined;
}

/** Produces the source of the generated operations file from the document at `documentPath`. */
export async function generateClient(documentPath: string, options: GenerateOptions = {}): Promise<string> {
  const ir = await readDocument(documentPath, repositoryDir);
  return emitClientOperations(ir, {
    header: generatedHeader(ir.source, "packages/client/scripts/generate.ts").trimEnd(),
    modelsImport: options.modelsImport ?? generateConfig.imports.models,
    runtimeImport: options.runtimeImport ?? generateConfig.imports.runtime,
    retryByDefault: generateConfig.retryByDefault,
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runGenerateCli(["out-file", "models-import", "runtime-import"], async (values) => {
    const target = path.resolve(packageDir, values["out-file"] ?? generateConfig.outFile);
    const documentPath = path.resolve(packageDir, values.document ?? generateConfig.document);
    const content = await generateClient(documentPath, {
      modelsImport: values["models-import"],
      runtimeImport: values["runtime-import"],
    });
    return new Map([[target, content]]);
  });
}
