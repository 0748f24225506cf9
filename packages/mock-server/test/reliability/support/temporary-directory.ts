import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

/** A fresh directory for this test, removed when the test ends. */
export async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "pieces-mock-reliability-"));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  return directory;
}
