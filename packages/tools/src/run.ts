import { type SpawnSyncOptions, spawnSync } from "node:child_process";

/** Thrown when a command the release tooling runs exits non-zero; names the command and where it ran. */
export class CommandFailedError extends Error {
  override readonly name = "CommandFailedError";
  constructor(
    readonly command: string,
    readonly cwd: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`\`${command}\` failed in ${cwd} (exit ${exitCode ?? "signal"})${output ? `:\n${output}` : ""}`);
  }
}

/** Options of {@link run}. */
export interface RunOptions {
  /** Directory to run in. */
  readonly cwd: string;
  /** Extra environment variables. */
  readonly env?: NodeJS.ProcessEnv;
  /** Print the command's output as it runs instead of capturing it. @default false */
  readonly inherit?: boolean;
}

/** Runs a command without a shell and returns its stdout; throws {@link CommandFailedError} on a non-zero exit. */
export function run(command: string, args: readonly string[], options: RunOptions): string {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    stdio: options.inherit ? "inherit" : "pipe",
    maxBuffer: 64 * 1024 * 1024,
  };
  const result = spawnSync(command, [...args], spawnOptions);
  if (result.error) throw result.error;
  const stdout = typeof result.stdout === "string" ? result.stdout : "";
  const stderr = typeof result.stderr === "string" ? result.stderr : "";
  if (result.status !== 0) {
    throw new CommandFailedError(
      [command, ...args].join(" "),
      options.cwd,
      result.status,
      `${stdout}${stderr}`.trim(),
    );
  }
  return stdout;
}
