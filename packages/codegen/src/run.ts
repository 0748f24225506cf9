/**
 * What every package's `scripts/generate.ts` calls: produce the files of its emitters, then write them, or
 * with `--check` only list the stale ones (and fail).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

/** What a run did: the files written, or (with `check`) the files found stale. */
export interface GenerateOutcome {
  readonly written: readonly string[];
  readonly stale: readonly string[];
  readonly total: number;
}

/** Writes `files` (absolute path -> content), or with `check` only lists those whose content would change. */
export async function writeFiles(
  files: ReadonlyMap<string, string>,
  check: boolean,
): Promise<GenerateOutcome> {
  const written: string[] = [];
  const stale: string[] = [];
  for (const [target, content] of files) {
    const current = await readFile(target, "utf8").catch(() => null);
    if (current === content) continue;
    if (check) stale.push(target);
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
      written.push(target);
    }
  }
  return { written, stale, total: files.size };
}

/** The header every generated file starts with. */
export function generatedHeader(source: string, generator: string): string {
  return [
    `// Generated from ${source} by ${generator}; do not edit.`,
    "// Edit the document, then run `pnpm generate` from the repository root.",
    "",
  ].join("\n");
}

/**
 * The command line of a package's generate script: parses `--check`, `--document` and the given string
 * options, calls `produce` for the files, writes or checks them and reports like every generator here.
 */
export async function runGenerateCli(
  options: readonly string[],
  produce: (values: { readonly [name: string]: string | undefined }) => Promise<ReadonlyMap<string, string>>,
): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      document: { type: "string" },
      ...Object.fromEntries(options.map((name) => [name, { type: "string" as const }])),
    },
  });
  const { check, ...strings } = values;
  const files = await produce(strings as { [name: string]: string | undefined });
  const outcome = await writeFiles(files, check === true);
  const relative = (target: string) => path.relative(process.cwd(), target);
  for (const target of outcome.written) console.log(`wrote ${relative(target)}`);
  if (outcome.stale.length > 0) {
    console.error(
      `Generated files are stale (run \`pnpm generate\` and commit the result):\n  ${outcome.stale.map(relative).join("\n  ")}`,
    );
    process.exitCode = 1;
  } else if (check === true) {
    console.log(
      `${[...files.keys()].map(relative).join(", ")} ${outcome.total === 1 ? "is" : "are"} up to date`,
    );
  }
}
