import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./run.js";

/** The files git sees in `root`: tracked ones and untracked ones not ignored (new changesets, say). */
export function workspaceFiles(root: string): string[] {
  const listed = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root });
  return [...new Set(listed.split("\0").filter((file) => file !== ""))]
    .filter((file) => existsSync(path.join(root, file)))
    .sort();
}

/** What {@link FileSnapshot.restore} did. */
export interface RestoreResult {
  /** Files written back (changed or deleted since the snapshot). */
  readonly restored: readonly string[];
  /** Files created since the snapshot, removed. */
  readonly removed: readonly string[];
}

/**
 * The bytes of every file git sees in a workspace (tracked and untracked-not-ignored), so that a
 * multi-step command can put them all back when a step fails. The workspace is small (a few MB), so the
 * copy lives in memory.
 */
export class FileSnapshot {
  private constructor(
    readonly root: string,
    private readonly files: ReadonlyMap<string, Buffer>,
  ) {}

  /** Reads every file of the workspace at `root`. */
  static take(root: string): FileSnapshot {
    const files = new Map<string, Buffer>();
    for (const file of workspaceFiles(root)) files.set(file, readFileSync(path.join(root, file)));
    return new FileSnapshot(root, files);
  }

  /** Puts every file back as it was and removes the files created since. */
  restore(): RestoreResult {
    const restored: string[] = [];
    const removed: string[] = [];
    for (const file of workspaceFiles(this.root)) {
      if (!this.files.has(file)) {
        rmSync(path.join(this.root, file), { force: true });
        removed.push(file);
      }
    }
    for (const [file, bytes] of this.files) {
      const target = path.join(this.root, file);
      if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      restored.push(file);
    }
    return { restored, removed };
  }
}
