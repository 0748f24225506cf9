/**
 * Where the runtimes under test are: Deno and Bun from this package's devDependencies (their npm packages
 * carry the binaries), Chromium from the system (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`). A
 * runtime that is not there makes its tests skipped, with the reason in their name, never passed.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** A runtime found on this machine, or why not. */
export type Found = { readonly path: string; readonly version: string } | { readonly missing: string };

/** The binary `name` (`deno`, `bun`) of this package's node_modules/.bin, if it runs. */
export function findBinary(name: string): Found {
  const binary = path.resolve(import.meta.dirname, "../../node_modules/.bin", name);
  if (!existsSync(binary)) return { missing: `no ${binary} (pnpm install puts it there)` };
  const result = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (result.status !== 0)
    return { missing: `${binary} --version failed: ${(result.error ?? result.stderr).toString().trim()}` };
  return { path: binary, version: result.stdout.split("\n", 1)[0]?.trim() ?? "" };
}

/** The system Chromium: `CHROMIUM_PATH`, else `/usr/bin/chromium` (`apt-get install chromium`). */
export function findChromium(): Found {
  const binary = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(binary))
    return { missing: `no Chromium at ${binary} (apt-get install chromium, or set CHROMIUM_PATH)` };
  return { path: binary, version: "" };
}

/** The title of a runtime's tests: its name and version, or that it was skipped and why. */
export function runtimeTitle(name: string, found: Found): string {
  return "missing" in found
    ? `${name}: SKIPPED, ${found.missing}`
    : `${name} (${found.version || found.path})`;
}
