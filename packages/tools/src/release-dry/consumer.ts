import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../run.js";
import type { PackedPackage } from "./tarball.js";

const require = createRequire(import.meta.url);
const templates = fileURLToPath(new URL("./consumer/", import.meta.url));

/** Thrown when the consumer project resolves one of our packages anywhere but from its tarball. */
export class NotFromTarballError extends Error {
  override readonly name = "NotFromTarballError";
}

/**
 * Creates a fresh npm project in `dir` (outside any workspace) whose dependencies are the tarballs, and
 * installs it with npm. `overrides` pins every transitive use of our packages (the client's dependency on
 * the models) to the same tarball, so nothing of ours can come from the registry; third-party
 * dependencies (openapi-fetch) come from the registry as they would for a user.
 */
export function installTarballs(dir: string, packages: readonly PackedPackage[]): void {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(
    packages.map((pkg) => [pkg.name, `file:${path.relative(dir, pkg.tarball)}`]),
  );
  const overrides = Object.fromEntries(packages.map((pkg) => [pkg.name, `$${pkg.name}`]));
  const manifest = { name: "release-dry-consumer", version: "0.0.0", private: true, dependencies, overrides };
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: dir });
  assertResolvedFromTarballs(dir, packages);
}

function assertResolvedFromTarballs(dir: string, packages: readonly PackedPackage[]): void {
  const lock = JSON.parse(readFileSync(path.join(dir, "package-lock.json"), "utf8")) as {
    packages: Record<string, { resolved?: string; version?: string }>;
  };
  for (const pkg of packages) {
    const copies = Object.entries(lock.packages).filter(([location]) =>
      location.endsWith(`node_modules/${pkg.name}`),
    );
    for (const [location, entry] of copies) {
      if (!entry.resolved?.startsWith("file:")) {
        throw new NotFromTarballError(
          `${pkg.name}: installed at ${location} from ${entry.resolved ?? "?"}, not from its tarball`,
        );
      }
    }
    if (copies.length !== 1) {
      throw new NotFromTarballError(`${pkg.name}: ${copies.length} copies installed, expected exactly one`);
    }
  }
}

/** Runs the ESM and the CommonJS smoke script in the consumer project; returns what they printed. */
export function runSmokeScripts(dir: string): string[] {
  return ["smoke.mjs", "smoke.cjs"].map((script) => {
    copyFileSync(path.join(templates, script), path.join(dir, script));
    return run(process.execPath, [script], { cwd: dir }).trim();
  });
}

/** Type-checks a file using the public types, once as ESM (.mts) and once as CommonJS (.cts), with tsc. */
export function typeCheckConsumer(dir: string): void {
  const source = path.join(templates, "use-types.ts");
  copyFileSync(source, path.join(dir, "use-types.mts"));
  copyFileSync(source, path.join(dir, "use-types.cts"));
  copyFileSync(path.join(templates, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  const tsc = path.join(path.dirname(require.resolve("typescript/package.json")), "bin/tsc");
  run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir });
}
