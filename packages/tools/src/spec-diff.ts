/**
 * `pnpm spec:diff`: the semver gate for changes to the OpenAPI document. Compares the current document with
 * the one released last (the baseline the version step writes), prints every change classified as
 * breaking, additive or cosmetic with the packages whose public surface it touches, and exits 1 when the
 * pending changesets ask any of those packages for less than the bump its touching changes need.
 *
 * Usage: tsx packages/tools/src/spec-diff.ts [--root <dir>] [--base <released.yaml>] [--head <current.yaml>]
 *                                            [--write-baseline]
 *   --write-baseline  record the current document as the released one (before the first release only;
 *                     afterwards `pnpm version-packages` does it).
 */

import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeDocument } from "@pieces-distributions/codegen/light";
import { readChangesetConfig } from "./changeset-config.js";
import { findWorkspaceRoot, RELEASED_SPEC_PATH, SPEC_PATH } from "./repository.js";
import { type Bump, bumpIsLess, type SpecChange } from "./spec-diff/changes.js";
import { classifyChanges, parseDocument } from "./spec-diff/classify.js";
import {
  MODELS_PACKAGE,
  type PackageImpact,
  type PackageSurface,
  packageImpacts,
} from "./spec-diff/package-impact.js";
import { carriedNames } from "./spec-diff/package-surface.js";
import { pendingBumps } from "./spec-diff/pending-bump.js";
import { readWorkspacePackages } from "./workspace-packages.js";

/** Thrown when there is no released baseline to compare against. */
export class MissingBaselineError extends Error {
  override readonly name = "MissingBaselineError";
}

/** Inputs of {@link specDiff}. */
export interface SpecDiffOptions {
  /** Workspace root: its `.changeset/` (config and pending changesets) and `packages/*`. */
  readonly root: string;
  /** The document as released. */
  readonly basePath: string;
  /** The document as it is now. */
  readonly headPath: string;
}

/** The gate's verdict for one package whose public surface the changes touch. */
export interface PackageGate extends PackageImpact {
  /** The bump the pending changesets ask for this package (fixed group members count for each other). */
  readonly pending: Bump;
  readonly pendingChangesets: readonly string[];
  /** Whether the pending changesets ask for at least the required bump. */
  readonly ok: boolean;
}

/** The outcome of {@link specDiff}. */
export interface SpecDiffResult {
  readonly changes: readonly SpecChange[];
  /** Every public package the document reaches, touched or not, in workspace order. */
  readonly packages: readonly PackageGate[];
  /** Whether every package got a changeset of at least the bump its touching changes need. */
  readonly ok: boolean;
}

/**
 * How each public, versioned package follows the document: the models and their fixed group are
 * generated from all of it; any other package that depends on the models carries what its public
 * declarations import from them; the rest do not follow the document.
 */
export function packageSurfaces(root: string): Map<string, PackageSurface> {
  const config = readChangesetConfig(root);
  const modelsGroup = new Set(config.fixed.find((group) => group.includes(MODELS_PACKAGE)) ?? []);
  modelsGroup.add(MODELS_PACKAGE);
  const surfaces = new Map<string, PackageSurface>();
  const order = [...modelsGroup];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const packages = [...readWorkspacePackages(root).values()].sort(
    (a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name),
  );
  for (const pkg of packages) {
    if (pkg.private === true || config.ignore.includes(pkg.name)) continue;
    if (modelsGroup.has(pkg.name)) surfaces.set(pkg.name, { kind: "document" });
    else if (pkg.dependencies?.[MODELS_PACKAGE] !== undefined || pkg.peerDependencies?.[MODELS_PACKAGE]) {
      surfaces.set(pkg.name, { kind: "carries", names: carriedNames(pkg.dir, MODELS_PACKAGE) });
    }
  }
  return surfaces;
}

/**
 * Classifies the changes from `basePath` to `headPath`, maps each to the packages whose public surface it
 * touches, and checks each of those against the pending changesets.
 */
export async function specDiff(options: SpecDiffOptions): Promise<SpecDiffResult> {
  if (!existsSync(options.basePath)) {
    throw new MissingBaselineError(
      `No released document at ${options.basePath}: run \`pnpm spec:diff --write-baseline\` once before the first release.`,
    );
  }
  const before = parseDocument(readFileSync(options.basePath, "utf8"), options.basePath);
  const after = parseDocument(readFileSync(options.headPath, "utf8"), options.headPath);
  const changes = classifyChanges(before, after);
  const impacts = packageImpacts(
    changes,
    packageSurfaces(options.root),
    describeDocument(before, options.basePath),
    describeDocument(after, options.headPath),
  );
  const pending = await pendingBumps(
    options.root,
    impacts.map((impact) => impact.name),
    readChangesetConfig(options.root).fixed,
  );
  const packages = impacts.map((impact): PackageGate => {
    const asked = pending.get(impact.name) ?? { bump: "none", changesets: [] };
    return {
      ...impact,
      pending: asked.bump,
      pendingChangesets: asked.changesets,
      ok: !bumpIsLess(asked.bump, impact.required),
    };
  });
  return { changes, packages, ok: packages.every((pkg) => pkg.ok) };
}

/** The packages a change touches, short names (`models, client, mock-server`). */
function touchedBy(change: SpecChange, result: SpecDiffResult): string {
  const names = result.packages
    .filter((pkg) => pkg.changes.includes(change))
    .map((pkg) => shortName(pkg.name));
  return names.length > 0 ? names.join(", ") : "no package";
}

function shortName(name: string): string {
  return name.replace(/^@pieces-distributions\//, "");
}

/** One line per change, as the report prints it. */
export function formatChange(change: SpecChange): string {
  return `${change.class.padEnd(9)} ${change.location}: ${change.message}`;
}

/** The human report of a {@link SpecDiffResult}: each change and the packages it touches, then each package's verdict. */
export function formatReport(result: SpecDiffResult, options: SpecDiffOptions): string {
  const lines = [
    `spec:diff ${path.relative(options.root, options.headPath)} against ${path.relative(options.root, options.basePath)}`,
  ];
  if (result.changes.length === 0) lines.push("  no changes since the last release");
  for (const change of result.changes)
    lines.push(`  ${formatChange(change)}  [${touchedBy(change, result)}]`);
  for (const pkg of result.packages) {
    const asked = pkg.pendingChangesets.length > 0 ? ` (${pkg.pendingChangesets.join(", ")})` : "";
    const through = pkg.through.length > 0 ? `, through ${pkg.through.join(", ")}` : "";
    lines.push(
      `${pkg.name}: needs ${pkg.required} (${pkg.changes.length} change(s)${through}); pending changesets ask for ${pkg.pending}${asked}`,
    );
  }
  for (const pkg of result.packages.filter((each) => !each.ok)) {
    const through = pkg.through.length > 0 ? ` (its public types carry ${pkg.through.join(", ")})` : "";
    lines.push(
      `FAIL: ${pkg.name} needs a ${pkg.required} changeset${through}, but the pending changesets ask it for ${pkg.pending}. The changes that touch it:`,
    );
    for (const change of pkg.changes) lines.push(`    ${formatChange(change)}`);
    lines.push(`  Run \`pnpm changeset\` and choose ${pkg.required} (or more) for ${pkg.name}.`);
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
