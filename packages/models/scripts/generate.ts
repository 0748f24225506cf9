/**
 * `pnpm generate` of @pieces-distributions/models: regenerates `src/generated/` from the OpenAPI document.
 * `pnpm generate:check` (`--check`) writes nothing and fails, naming each stale file, when the committed
 * files differ from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-dir path]
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { generateConfig } from "../generate.config.js";
import { generateOperationsSource } from "./operations-codegen.js";
import { generateValidatorsSource, type JsonSchema } from "./validators-codegen.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The header every generated file starts with. */
function headerFor(documentPath: string): string {
  const relative = path.relative(path.resolve(packageDir, "../.."), documentPath).split(path.sep).join("/");
  return [
    `// Generated from ${relative} by packages/models/scripts/generate.ts; do not edit.`,
    "// Edit the document, then run `pnpm generate` from the repository root.",
    "",
  ].join("\n");
}

/**
 * Puts each schema's description as TSDoc on its root type (`export type Distribution = ...`),
 * which openapi-typescript leaves bare, so a hover on `Distribution` explains it.
 */
function withRootTypeDocs(source: string, schemas: Readonly<Record<string, JsonSchema>>): string {
  return source.replace(
    /^export type (\w+) = components\['schemas'\]\['(\w+)'\];$/gm,
    (line, _name, schema: string) => {
      const text = String(schemas[schema]?.description ?? "")
        .trim()
        .replace(/\s+/g, " ")
        .replace(/\*\//g, "*\\/");
      return text === "" ? line : `/** ${text} */\n${line}`;
    },
  );
}

/** Produces every generated file, by path relative to the output folder, from the document at `documentPath`. */
export async function generateModels(documentPath: string): Promise<Map<string, string>> {
  const source = await readFile(documentPath, "utf8");
  const document = parse(source) as Record<string, unknown>;
  const header = headerFor(documentPath);
  const ast = await openapiTS(document as never, { ...generateConfig.openapiTypescript, silent: true });
  const files = new Map<string, string>();
  const schemas = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<
    string,
    JsonSchema
  >;
  files.set("openapi.ts", `${header}${withRootTypeDocs(astToString(ast), schemas)}`);
  files.set("validators.ts", generateValidatorsSource(schemas, header));
  files.set("operations.ts", generateOperationsSource(document, header));
  return files;
}

/** What a run of the generator did: the files it wrote, or (with `check`) the files found stale. */
export interface GenerateOutcome {
  readonly written: readonly string[];
  readonly stale: readonly string[];
  readonly total: number;
}

/** Regenerates into `outDir`, or with `check` only lists the files whose content would change. */
export async function runGenerate(options: {
  readonly documentPath: string;
  readonly outDir: string;
  readonly check: boolean;
}): Promise<GenerateOutcome> {
  const files = await generateModels(options.documentPath);
  const written: string[] = [];
  const stale: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(options.outDir, name);
    const current = await readFile(target, "utf8").catch(() => null);
    if (current === content) continue;
    if (options.check) {
      stale.push(target);
    } else {
      await mkdir(options.outDir, { recursive: true });
      await writeFile(target, content);
      written.push(target);
    }
  }
  return { written, stale, total: files.size };
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
  const outcome = await runGenerate({ documentPath, outDir, check: values.check });
  const relative = (target: string) => path.relative(process.cwd(), target);
  for (const target of outcome.written) console.log(`wrote ${relative(target)}`);
  if (outcome.stale.length > 0) {
    console.error(
      `Generated files are stale (run \`pnpm generate\` and commit the result):\n  ${outcome.stale.map(relative).join("\n  ")}`,
    );
    process.exitCode = 1;
  } else if (values.check) {
    console.log(`${outcome.total} generated files are up to date with ${relative(documentPath)}`);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
