/**
 * `pnpm spec:diff`: the semver gate for changes to the OpenAPI document. Compares the current document with
 * the one released last (the baseline the version step writes), prints every change classified as
 * breaking, additive or cosmetic with the bump that follows, and exits 1 when the pending changesets ask
 * the models/client fixed group for less than that bump.
 *
 * Usage: tsx packages/tools/src/spec-diff.ts [--root <dir>] [--base <released.yaml>] [--head <current.yaml>]
 *                                            [--write-baseline]
 *   --write-baseline  record the current document as the released one (before the first release only;
 *                     afterwards `pnpm version-packages` does it).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FIXED_GROUP, findWorkspaceRoot, RELEASED_SPEC_PATH, SPEC_PATH } from "./repository.js";
import { type Bump, bumpIsLess, requiredBump, type SpecChange } from "./spec-diff/changes.js";
import { classifyChanges, parseDocument } from "./spec-diff/classify.js";
import { pendingBump } from "./spec-diff/pending-bump.js";

/** Thrown when there is no released baseline to compare against. */
export class MissingBaselineError extends Error {
  override readonly name = "MissingBaselineError";
}

/** Inputs of {@link specDiff}. */
export interface SpecDiffOptions {
  /** Workspace root whose `.changeset/` holds the pending changesets. */
  readonly root: string;
  /** The document as released. */
  readonly basePath: string;
  /** The document as it is now. */
  readonly headPath: string;
}

/** The outcome of {@link specDiff}. */
export interface SpecDiffResult {
  readonly changes: readonly SpecChange[];
  /** The bump the changes call for. */
  readonly required: Bump;
  /** The bump the pending changesets ask for the fixed group. */
  readonly pending: Bump;
  readonly pendingChangesets: readonly string[];
  /** Whether the pending changesets ask for at least the required bump. */
  readonly ok: boolean;
}

/** Classifies the changes from `basePath` to `headPath` and checks them against the pending changesets. */
export async function specDiff(options: SpecDiffOptions): Promise<SpecDiffResult> {
  if (!existsSync(options.basePath)) {
    throw new MissingBaselineError(
      `No released document at ${options.basePath}: run \`pnpm spec:diff --write-baseline\` once before the first release.`,
    );
  }
  const before = parseDocument(readFileSync(options.basePath, "utf8"), options.basePath);
  const after = parseDocument(readFileSync(options.headPath, "utf8"), options.headPath);
  const changes = classifyChanges(before, after);
  const required = requiredBump(changes);
  const { bump: pending, changesets } = await pendingBump(options.root, FIXED_GROUP);
  return { changes, required, pending, pendingChangesets: changesets, ok: !bumpIsLess(pending, required) };
}

/** The human report of a {@link SpecDiffResult}, one line per change. */
export function formatReport(result: SpecDiffResult, options: SpecDiffOptions): string {
  const lines = [
    `spec:diff ${path.relative(options.root, options.headPath)} against ${path.relative(options.root, options.basePath)}`,
  ];
  if (result.changes.length === 0) lines.push("  no changes since the last release");
  for (const change of result.changes)
    lines.push(`  ${change.class.padEnd(9)} ${change.location}: ${change.message}`);
  const group = FIXED_GROUP.join(" + ");
  lines.push(`Required bump for ${group}: ${result.required}`);
  const asked = result.pendingChangesets.length > 0 ? ` (${result.pendingChangesets.join(", ")})` : "";
  lines.push(`Pending changesets ask for: ${result.pending}${asked}`);
  if (!result.ok) {
    lines.push(
      `FAIL: the spec changes need a ${result.required} bump of ${group}, but the pending changesets ask for ${result.pending}. Run \`pnpm changeset\` and choose ${result.required} for @pieces-distributions/models and @pieces-distributions/client.`,
    );
  }
  return lines.join("\n");
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
  const root = path.resolve(flag("--root") ?? findWorkspaceRoot());
  const options: SpecDiffOptions = {
    root,
    basePath: path.resolve(flag("--base") ?? path.join(root, RELEASED_SPEC_PATH)),
    headPath: path.resolve(flag("--head") ?? path.join(root, SPEC_PATH)),
  };
  if (process.argv.includes("--write-baseline")) {
    mkdirSync(path.dirname(options.basePath), { recursive: true });
    copyFileSync(options.headPath, options.basePath);
    console.log(`Recorded ${path.relative(root, options.headPath)} as the released document.`);
    return 0;
  }
  const result = await specDiff(options);
  const report = formatReport(result, options);
  if (result.ok) console.log(report);
  else console.error(report);
  return result.ok ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exit(1);
    },
  );
}
