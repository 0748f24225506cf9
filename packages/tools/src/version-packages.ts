/**
 * `pnpm version-packages`: applies the pending changesets and keeps everything that follows from the new
 * versions in step, in one all-or-nothing command:
 *   1. the spec gate (`pnpm spec:diff`): refuses, before writing anything, when a package whose public
 *      surface the document's changes touch has no changeset of at least the bump they need;
 *   2. changelog changesets: one per class of API change, written from the gate's classification, so each
 *      CHANGELOG.md lists the API changes that touch that package; and one for each member of a `fixed`
 *      group that no changeset names, saying it moves with the others (not an empty heading);
 *   3. `changeset version` (bumps package.json versions, writes CHANGELOG entries, deletes the changesets);
 *   4. the fixed group's members share one version;
 *   5. `info.version` of the OpenAPI document := the models/client version;
 *   6. the document is copied to the released baseline that `pnpm spec:diff` compares against;
 *   7. `pnpm run --if-present generate`, then `generate:check`, so generated code is current and stable;
 *   8. `pnpm install --lockfile-only`, so the lockfile records the new versions.
 * Every file git sees (tracked, and untracked such as new changesets) is read first; when any step fails,
 * all of them are put back and the files the run created are removed, and the error names the step.
 *
 * Usage: tsx packages/tools/src/version-packages.ts [--root <workspace root>]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import getChangesets from "@changesets/read";
import { apiChangesets, formatChangeset } from "./api-changelog.js";
import { readChangesetConfig } from "./changeset-config.js";
import { FileSnapshot } from "./file-snapshot.js";
import { findWorkspaceRoot, RELEASED_SPEC_PATH, SPEC_PATH } from "./repository.js";
import { run } from "./run.js";
import { type Bump, maxBump } from "./spec-diff/changes.js";
import { MODELS_PACKAGE } from "./spec-diff/package-impact.js";
import { formatReport, type SpecDiffResult, specDiff } from "./spec-diff.js";
import { setInfoVersion } from "./spec-version.js";
import { readWorkspacePackages } from "./workspace-packages.js";

/** Thrown when the packages of the fixed group do not share one version after `changeset version`. */
export class FixedGroupVersionMismatchError extends Error {
  override readonly name = "FixedGroupVersionMismatchError";
}

/** Thrown when a package the spec changes touch has too small a changeset; holds the gate's report. */
export class SpecGateError extends Error {
  override readonly name = "SpecGateError";
}

/** Thrown when a step after the gate fails; every file has been put back by then. */
export class VersionStepError extends Error {
  override readonly name = "VersionStepError";
  constructor(
    readonly step: string,
    override readonly cause: unknown,
    restoredFiles: number,
  ) {
    super(
      `step "${step}" failed; the workspace is as it was before (${restoredFiles} file(s) put back, changesets included):\n${
        cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
      }`,
    );
  }
}

/** What the version step did. */
export interface VersionPackagesResult {
  /** The models/client version the document now carries. */
  readonly specVersion: string;
  /** The changesets written from the gate's classification (ids). */
  readonly apiChangesets: readonly string[];
}

/** Options of {@link versionPackages}. */
export interface VersionPackagesOptions {
  /** Print the commands' output as they run. @default true */
  readonly inherit?: boolean;
}

const require = createRequire(import.meta.url);

/**
 * Writes the API changesets, then one changeset for each fixed-group member no pending changeset names
 * (so its changelog says why it moves instead of showing an empty heading); returns the ids written.
 */
async function writeChangelogChangesets(root: string, gate: SpecDiffResult): Promise<string[]> {
  const ids: string[] = [];
  const write = (wanted: string, releases: ReadonlyMap<string, string>, summary: string) => {
    let id = wanted;
    for (let n = 2; existsSync(path.join(root, ".changeset", `${id}.md`)); n++) id = `${wanted}-${n}`;
    writeFileSync(path.join(root, ".changeset", `${id}.md`), formatChangeset(releases, summary));
    ids.push(id);
  };
  for (const draft of apiChangesets(gate)) write(draft.id, draft.releases, draft.summary);

  const pending = await getChangesets(root);
  for (const group of readChangesetConfig(root).fixed) {
    let bump: Bump = "none";
    const named = new Set<string>();
    for (const changeset of pending) {
      for (const release of changeset.releases) {
        if (!group.includes(release.name) || release.type === "none") continue;
        bump = maxBump(bump, release.type);
        named.add(release.name);
      }
    }
    if (bump === "none") continue;
    const others = [...named].join(" and ");
    for (const member of group.filter((name) => !named.has(name))) {
      write(
        `fixed-group-${member.replace(/^@[^/]+\//, "")}`,
        new Map([[member, bump]]),
        `No change of its own: released with ${others} at the same version (one fixed group).`,
      );
    }
  }
  return ids;
}

/** Runs the whole version step in the workspace at `root`; on failure every file is as it was. */
export async function versionPackages(
  root: string,
  options: VersionPackagesOptions = {},
): Promise<VersionPackagesResult> {
  const inherit = options.inherit ?? true;
  const specPath = path.join(root, SPEC_PATH);
  const releasedPath = path.join(root, RELEASED_SPEC_PATH);
  const gateOptions = { root, basePath: releasedPath, headPath: specPath };
  const gate = await specDiff(gateOptions);
  if (!gate.ok) throw new SpecGateError(formatReport(gate, gateOptions));

  const snapshot = FileSnapshot.take(root);
  let step = "changelog changesets";
  let signalled: NodeJS.Signals | undefined;
  const interrupted = (signal: NodeJS.Signals) => {
    // A running command got the signal too and fails; otherwise the next step refuses to start. Either
    // way the catch below puts the files back.
    signalled = signal;
  };
  const next = (name: string) => {
    if (signalled !== undefined) throw new Error(`interrupted by ${signalled}`);
    step = name;
  };
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);
  try {
    const written = await writeChangelogChangesets(root, gate);

    next("changeset version");
    run(process.execPath, [require.resolve("@changesets/cli/bin.js"), "version"], { cwd: root, inherit });

    next("fixed group versions");
    const packages = readWorkspacePackages(root);
    const group = readChangesetConfig(root).fixed.find((members) => members.includes(MODELS_PACKAGE)) ?? [
      MODELS_PACKAGE,
    ];
    const versions = new Set(group.map((name) => packages.get(name)?.version));
    const [specVersion] = versions;
    if (versions.size !== 1 || specVersion === undefined) {
      throw new FixedGroupVersionMismatchError(
        `${group.join(" and ")} must share one version; found ${[...versions].join(", ")}`,
      );
    }

    next("info.version");
    writeFileSync(specPath, setInfoVersion(readFileSync(specPath, "utf8"), specVersion));

    next("released baseline");
    mkdirSync(path.dirname(releasedPath), { recursive: true });
    copyFileSync(specPath, releasedPath);

    next("generate");
    run("pnpm", ["run", "--if-present", "generate"], { cwd: root, inherit });
    next("generate:check");
    run("pnpm", ["run", "--if-present", "generate:check"], { cwd: root, inherit });

    next("lockfile");
    run("pnpm", ["install", "--lockfile-only"], { cwd: root, inherit });
    next("finish");
    return { specVersion, apiChangesets: written };
  } catch (error) {
    const { restored, removed } = snapshot.restore();
    const where = signalled === undefined ? step : `${step} (interrupted by ${signalled})`;
    throw new VersionStepError(where, error, restored.length + removed.length);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rootFlag = process.argv.indexOf("--root");
  const root = rootFlag === -1 ? findWorkspaceRoot() : path.resolve(process.argv[rootFlag + 1] ?? ".");
  versionPackages(root).then(
    ({ specVersion, apiChangesets: written }) => {
      const api = written.length > 0 ? `; API changelog entries from ${written.join(", ")}` : "";
      console.log(`Versioned: models/client and ${SPEC_PATH} info.version are at ${specVersion}${api}.`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exit(1);
    },
  );
}
