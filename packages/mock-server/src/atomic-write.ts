import { randomBytes } from "node:crypto";
import { open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/** The steps of an atomic write that tests may replace, to simulate a crash between them. */
export interface AtomicWriteSteps {
  /** Moves the finished temporary file over the target. @default fs.promises.rename */
  readonly rename?: (from: string, to: string) => Promise<void>;
}

/** The name of a temporary file for `file`, in the same directory so that the final rename is atomic. */
export function temporaryFileFor(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
}

/** Whether a process with this id is running (signal 0 only checks; EPERM means it runs as someone else). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files that writers of `file` left behind when they were killed mid-write (their
 * process is gone), and resolves with their paths. A temporary file of a running process is kept: it may be
 * about to be renamed.
 */
export async function removeStaleTemporaryFiles(file: string): Promise<string[]> {
  const directory = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const removed: string[] = [];
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    const pid = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "")?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    const stale = path.join(directory, name);
    await rm(stale, { force: true });
    removed.push(stale);
  }
  return removed;
}

/**
 * Replaces `file` with `text` so that a reader (or a restart after a crash) sees either the old content or
 * the new, never a mix: write a temporary file beside it, flush it to disk (fsync), then rename it over
 * `file`, then flush the directory entry. If a step fails the temporary file is removed and `file` is
 * untouched.
 */
export async function writeFileAtomically(file: string, text: string, steps: AtomicWriteSteps = {}) {
  const temporary = temporaryFileFor(file);
  try {
    const handle = await open(temporary, "w", 0o644);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (steps.rename ?? rename)(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** Flushes a directory entry (the rename) to disk where the platform allows it (not on Windows). */
async function syncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch {
    // Opening or syncing a directory is not supported everywhere; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}
