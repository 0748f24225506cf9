import { existsSync } from "node:fs";
import path from "node:path";
import { CommandFailedError, run } from "../run.js";
import { readManifest } from "../workspace-packages.js";

/** The script each package may define to check its API report (api-extractor), run by the dry release. */
export const API_CHECK_SCRIPT = "api:check";

/** What one of the checks below found for a package: problems, or why it did not apply. */
export interface CheckOutcome {
  /** One line per problem; empty when the check passed or did not apply. */
  readonly problems: readonly string[];
  /** A few words for the progress line: `size-limit ok`, `no api:check script`, ... */
  readonly summary: string;
}

function hasSizeLimitConfig(dir: string): boolean {
  if (
    [".size-limit.json", ".size-limit.js", ".size-limit.cjs", ".size-limit.mjs"].some((file) =>
      existsSync(path.join(dir, file)),
    )
  )
    return true;
  return readManifest(dir)["size-limit"] !== undefined;
}

function failure(label: string, error: unknown): CheckOutcome {
  if (!(error instanceof CommandFailedError)) throw error;
  return {
    problems: [`${label} failed:\n${error.output.replace(/^/gm, "      ")}`],
    summary: `${label} FAILED`,
  };
}

/** The package's size budget (`size-limit` with its own config) over its built `dist`, if it has one. */
export function sizeLimitOutcome(dir: string): CheckOutcome {
  if (!hasSizeLimitConfig(dir)) return { problems: [], summary: "no size budget" };
  try {
    run("pnpm", ["exec", "size-limit"], { cwd: dir });
    return { problems: [], summary: "size-limit ok" };
  } catch (error) {
    return failure("size-limit", error);
  }
}

/**
 * The package's API report check: `pnpm run api:check` when the package defines that script (the
 * api-extractor reports compare the built declarations with the committed report). A package without
 * the script is reported as such, not failed: the hook waits for the reports to exist.
 */
export function apiReportOutcome(dir: string): CheckOutcome {
  if (readManifest(dir).scripts?.[API_CHECK_SCRIPT] === undefined) {
    return { problems: [], summary: `no ${API_CHECK_SCRIPT} script` };
  }
  try {
    run("pnpm", ["run", API_CHECK_SCRIPT], { cwd: dir });
    return { problems: [], summary: `${API_CHECK_SCRIPT} ok` };
  } catch (error) {
    return failure(API_CHECK_SCRIPT, error);
  }
}
