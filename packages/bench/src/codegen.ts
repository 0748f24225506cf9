/**
 * Workflow timings at the repository root: `pnpm generate --force` (every generator runs, turbo's cache
 * bypassed) and a no-change `pnpm test` run twice, the second timed (it should be a full cache hit).
 */
import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./paths.js";

/** One timed root command. */
export interface CommandTiming {
  readonly command: string;
  readonly ms: number;
  readonly ok: boolean;
  /** Tasks turbo found cached, out of the total, when it says so. */
  readonly cached?: { readonly hits: number; readonly total: number };
  /** The last lines of output when the command failed. */
  readonly failure?: string;
}

function runRoot(args: readonly string[]): CommandTiming {
  const start = performance.now();
  const result = spawnSync("pnpm", [...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  const timing: CommandTiming = {
    command: `pnpm ${args.join(" ")}`,
    ms,
    ok: result.status === 0,
    ...(cached === null ? {} : { cached: { hits: Number(cached[1]), total: Number(cached[2]) } }),
    ...(result.status === 0 ? {} : { failure: output.trim().split("\n").slice(-15).join("\n") }),
  };
  return timing;
}

/** Times `pnpm generate` with turbo's cache bypassed (every generator runs). */
export function timeGenerate(): CommandTiming {
  return runRoot(["generate", "--force"]);
}

/** Runs `pnpm test` once to fill the cache, then times a second, no-change run. */
export function timeCachedTest(): { warm: CommandTiming; cached: CommandTiming } {
  const warm = runRoot(["test"]);
  const cached = runRoot(["test"]);
  return { warm, cached };
}
