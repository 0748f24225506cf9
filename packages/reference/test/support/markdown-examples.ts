/**
 * Finds the TypeScript code blocks of every README in the repository and of `docs/`, with where each
 * starts, so a test can compile and run them. A block's info string is `ts` (compiled and run against the
 * mock server), `ts no-run` (compiled only) or `ts signature` (method signatures checked against the client's
 * `OperationMethods`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** One fenced TypeScript block of a Markdown file. */
export interface MarkdownExample {
  /** `packages/client/README.md:84`: the file, relative to the repository, and the line of the opening fence. */
  readonly where: string;
  readonly kind: "run" | "no-run" | "signature";
  readonly code: string;
}

const SKIPPED_DIRS = new Set(["node_modules", "dist", ".git", ".turbo", ".tmp", "fixtures"]);

/** The repository's README files and the pages of `docs/`, relative to the repository, sorted. */
export function markdownFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(repositoryDir, dir), { withFileTypes: true })) {
      const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(relative);
      } else if (entry.name === "README.md" || (relative.startsWith("docs/") && entry.name.endsWith(".md"))) {
        found.push(relative);
      }
    }
  };
  walk("");
  return found.sort();
}

/** The TypeScript blocks of one Markdown file. */
export function examplesOf(file: string): MarkdownExample[] {
  const lines = readFileSync(path.join(repositoryDir, file), "utf8").split("\n");
  const examples: MarkdownExample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S+)(.*)$/.exec(lines[index] ?? "");
    if (open === null) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith("```"));
    if (end === -1) throw new Error(`${file}:${index + 1}: a code block that never closes`);
    const [, language, rest = ""] = open;
    if (language === "ts" || language === "typescript") {
      const flag = rest.trim();
      if (flag !== "" && flag !== "no-run" && flag !== "signature")
        throw new Error(`${file}:${index + 1}: unknown code block flag "${flag}" (use no-run or signature)`);
      examples.push({
        where: `${file}:${index + 1}`,
        kind: flag === "" ? "run" : flag,
        code: lines.slice(index + 1, end).join("\n"),
      });
    }
    index = end;
  }
  return examples;
}
