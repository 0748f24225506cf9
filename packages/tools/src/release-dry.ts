/**
 * `pnpm release:dry`: proves that the packages a user would install work, short of `npm publish`.
 *   1. `pnpm pack` every public package (workspace ranges become real versions, as on publish);
 *   2. per tarball: every file its `exports`/`main`/`types`/`bin` point at is in it, publint (strict) and
 *      attw (node16 profile) are clean; per package: its size budget (`size-limit`, where it has a
 *      config) holds and its API report check (`pnpm run api:check`, where it has that script) passes;
 *   3. a fresh npm project in the OS temp dir installs the tarballs (no workspace links; our packages can
 *      only come from the tarballs), runs an ESM and a CommonJS script that drive the client against the
 *      embedded mock server, and type-checks a file using the public types (ESM and CJS resolution).
 * Exits 1 naming each package that is not fit to publish. Expects built packages (`pnpm release:dry` at
 * the root builds first).
 *
 * Usage: tsx packages/tools/src/release-dry.ts [--package <dir>]... [--keep]
 *   --package <dir>  check only these packages' tarballs (step 2), e.g. a fixture; skips step 3
 *   --keep           keep the temporary directory and print where it is
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiReportOutcome, sizeLimitOutcome } from "./release-dry/budgets.js";
import { installTarballs, runSmokeScripts, typeCheckConsumer } from "./release-dry/consumer.js";
import { attwProblems, publintProblems } from "./release-dry/lint-tarball.js";
import { type PackedPackage, packPackage } from "./release-dry/tarball.js";
import { findWorkspaceRoot, PUBLIC_PACKAGE_DIRS } from "./repository.js";
import { CommandFailedError } from "./run.js";
import { readManifest } from "./workspace-packages.js";

/** A package that is not fit to publish, with every reason found. */
export interface PackageFailure {
  readonly package: string;
  readonly problems: readonly string[];
}

/** Thrown when one or more packages fail the dry run; its message names each package and its problems. */
export class ReleaseDryError extends Error {
  override readonly name = "ReleaseDryError";
  constructor(readonly failures: readonly PackageFailure[]) {
    super(
      `${failures.length} package(s) not fit to publish:\n${failures
        .map(
          (failure) =>
            `  ${failure.package}:\n${failure.problems.map((problem) => `    - ${problem}`).join("\n")}`,
        )
        .join("\n")}`,
    );
  }
}

/** Options of {@link releaseDry}. */
export interface ReleaseDryOptions {
  /** Package directories to pack and check, dependencies first. */
  readonly packageDirs: readonly string[];
  /** Also install the tarballs into a fresh project and run the consumer scripts and tsc. */
  readonly consumer: boolean;
  /** Where to work; a fresh directory in the OS temp dir when omitted. The caller removes it. */
  readonly workDir?: string;
  /** Progress lines go here. @default console.log */
  readonly log?: (line: string) => void;
}

function timed<T>(log: (line: string) => void, label: string, step: () => T): T {
  const started = performance.now();
  const result = step();
  log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

/** The size budget and API report of the package in `dir`, with one progress summary. */
function timedOutcomes(dir: string): { problems: string[]; summary: string } {
  const started = performance.now();
  const outcomes = [sizeLimitOutcome(dir), apiReportOutcome(dir)];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    problems: outcomes.flatMap((outcome) => outcome.problems),
    summary: `${outcomes.map((outcome) => outcome.summary).join(", ")} (${seconds} s)`,
  };
}

/** Runs the dry release; resolves when every package is fit to publish, else rejects with {@link ReleaseDryError}. */
export async function releaseDry(options: ReleaseDryOptions): Promise<void> {
  const log = options.log ?? console.log;
  const workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), "pieces-release-dry-"));
  const tarballs = path.join(workDir, "tarballs");
  const failures: PackageFailure[] = [];
  const packed: PackedPackage[] = [];
  const dirOf = new Map<string, string>();

  for (const dir of options.packageDirs) {
    const name = readManifest(dir).name;
    dirOf.set(name, dir);
    try {
      packed.push(timed(log, `packed ${name}`, () => packPackage(dir, tarballs)));
    } catch (error) {
      failures.push({ package: name, problems: [`pnpm pack failed: ${(error as Error).message}`] });
    }
  }
  for (const pkg of packed) {
    const started = performance.now();
    const problems = [...(await publintProblems(pkg)), ...attwProblems(pkg)];
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `  checked ${pkg.name}@${pkg.version}: ${problems.length === 0 ? "publint, attw ok" : `${problems.length} problem(s)`} (${seconds} s)`,
    );
    const budgets = timedOutcomes(dirOf.get(pkg.name) ?? pkg.unpackedDir);
    log(`  budgets of ${pkg.name}: ${budgets.summary}`);
    problems.push(...budgets.problems);
    if (problems.length > 0) failures.push({ package: pkg.name, problems });
  }
  if (failures.length > 0) throw new ReleaseDryError(failures);
  if (!options.consumer) return;

  const consumer = path.join(workDir, "consumer");
  const all = packed.map((pkg) => pkg.name).join(", ");
  try {
    timed(log, `installed ${all} from their tarballs into ${consumer}`, () =>
      installTarballs(consumer, packed),
    );
    for (const line of timed(log, "ran the ESM and CommonJS consumer scripts", () =>
      runSmokeScripts(consumer),
    )) {
      log(`    ${line}`);
    }
    timed(log, "type-checked use-types.mts and use-types.cts with tsc --noEmit", () =>
      typeCheckConsumer(consumer),
    );
  } catch (error) {
    const detail = error instanceof CommandFailedError ? error.message : String(error);
    throw new ReleaseDryError([{ package: `the installed packages (${all})`, problems: [detail] }]);
  }
}

async function main(): Promise<number> {
  const root = findWorkspaceRoot();
  const chosen: string[] = [];
  process.argv.forEach((arg, index) => {
    const value = process.argv[index + 1];
    if (arg === "--package" && value !== undefined) chosen.push(path.resolve(value));
  });
  const keep = process.argv.includes("--keep");
  const workDir = mkdtempSync(path.join(os.tmpdir(), "pieces-release-dry-"));
  const started = performance.now();
  console.log(`release:dry in ${workDir}`);
  try {
    await releaseDry({
      packageDirs: chosen.length > 0 ? chosen : PUBLIC_PACKAGE_DIRS.map((dir) => path.join(root, dir)),
      consumer: chosen.length === 0,
      workDir,
    });
    console.log(`release:dry passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(error instanceof ReleaseDryError ? `release:dry FAILED: ${error.message}` : error);
    return 1;
  } finally {
    if (keep) console.log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code));
}
