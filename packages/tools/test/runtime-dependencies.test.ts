import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { installedClosure, runtimeDependencyNames } from "../src/dependency-closure.js";
import { type PackageManifest, readManifest } from "../src/workspace-packages.js";
import { importedSpecifiers, packageNameOf, unlistedDependencies } from "./runtime-dependencies.check.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const ALLOW_LIST_FILE = fileURLToPath(new URL("../runtime-dependencies.allowlist.json", import.meta.url));

/** The allow-list file: for each published package, its allowed direct and transitive runtime dependencies. */
interface AllowList {
  readonly packages: Readonly<
    Record<
      string,
      {
        readonly dependencies: Readonly<Record<string, string>>;
        readonly transitive: Readonly<Record<string, string>>;
      }
    >
  >;
  readonly builds: Readonly<Record<string, string>>;
}

const allowList = JSON.parse(readFileSync(ALLOW_LIST_FILE, "utf8")) as AllowList;
const PUBLISHED: Readonly<Record<string, string>> = {
  "@pieces-distributions/client": path.join(ROOT, "packages/client"),
  "@pieces-distributions/models": path.join(ROOT, "packages/models"),
};

describe("supply chain: runtime dependencies of the published packages are allow-listed with a reason", () => {
  it("the allow-list covers exactly the published packages, and every entry has a reason", () => {
    expect(Object.keys(allowList.packages).sort()).toEqual(Object.keys(PUBLISHED).sort());
    const entries = [
      ...Object.values(allowList.packages).flatMap((entry) => [
        ...Object.entries(entry.dependencies),
        ...Object.entries(entry.transitive),
      ]),
      ...Object.entries(allowList.builds),
    ];
    for (const [name, reason] of entries)
      expect(reason.trim().length, `the reason for ${name}`).toBeGreaterThanOrEqual(10);
  });

  for (const [name, dir] of Object.entries(PUBLISHED)) {
    const entry = allowList.packages[name] ?? { dependencies: {}, transitive: {} };

    it(`${name}: every direct runtime dependency is allow-listed, and no entry is stale`, () => {
      const manifest = readManifest(dir);
      expect(unlistedDependencies(manifest, entry.dependencies)).toEqual([]);
      expect(Object.keys(entry.dependencies).sort(), "allow-listed but no longer a dependency").toEqual(
        runtimeDependencyNames(manifest).sort(),
      );
    });

    it(`${name}: every package its installed dependencies bring along is allow-listed (direct or transitive)`, () => {
      const closure = [...installedClosure(dir).keys()];
      const allowed = { ...entry.dependencies, ...entry.transitive };
      expect(
        closure.filter((dependency) => !(dependency in allowed)),
        "reachable at run time, not allow-listed",
      ).toEqual([]);
      expect(
        Object.keys(entry.transitive).filter((dependency) => !closure.includes(dependency)),
        "allow-listed as transitive but no longer installed",
      ).toEqual([]);
    });

    it(`${name}: its built entry points import only allow-listed packages and Node built-ins`, () => {
      const dist = path.join(dir, "dist");
      expect(existsSync(dist), `${dist} holds the build (turbo builds it before testing tools)`).toBe(true);
      const files = readdirSync(dist).filter((file) => /\.(c|m)?js$/.test(file));
      expect(files.length, `${dist} holds the build (turbo builds it before testing tools)`).toBeGreaterThan(
        0,
      );
      const builtins = new Set(builtinModules);
      for (const file of files) {
        for (const specifier of importedSpecifiers(readFileSync(path.join(dist, file), "utf8"))) {
          if (specifier.startsWith("node:") || builtins.has(specifier)) continue;
          expect(
            packageNameOf(specifier) in entry.dependencies,
            `${name}/dist/${file} imports ${specifier}, which is not an allow-listed dependency`,
          ).toBe(true);
        }
      }
    });
  }

  it("install scripts run only for the allow-listed packages (pnpm-workspace.yaml allowBuilds)", () => {
    const workspace = parse(readFileSync(path.join(ROOT, "pnpm-workspace.yaml"), "utf8")) as {
      allowBuilds?: Record<string, boolean>;
      onlyBuiltDependencies?: string[];
    };
    const allowedToBuild = [
      ...Object.entries(workspace.allowBuilds ?? {})
        .filter(([, allowed]) => allowed)
        .map(([name]) => name),
      ...(workspace.onlyBuiltDependencies ?? []),
    ];
    expect(allowedToBuild.filter((name) => !(name in allowList.builds))).toEqual([]);
  });

  it("CI installs exactly what the lockfile says (--frozen-lockfile)", () => {
    const ci = readFileSync(path.join(ROOT, ".ci/run"), "utf8");
    expect(ci).toMatch(/^pnpm install --frozen-lockfile$/m);
  });

  describe("the check itself can fail", () => {
    it("flags a dependency that is not allow-listed, and one listed without a reason", () => {
      const manifest: PackageManifest = {
        name: "@pieces-distributions/client",
        version: "1.0.0",
        dependencies: { "openapi-fetch": "0.17.0", "left-pad": "1.3.0" },
        peerDependencies: { react: "19.0.0" },
      };
      expect(unlistedDependencies(manifest, { "openapi-fetch": "the HTTP layer", react: "" })).toEqual([
        "@pieces-distributions/client depends on left-pad, which is not in runtime-dependencies.allowlist.json with a reason",
        "@pieces-distributions/client depends on react, which is not in runtime-dependencies.allowlist.json with a reason",
      ]);
    });

    it("finds bare imports and requires in built code, but not relative ones", () => {
      const code = `import a from "openapi-fetch";import "./chunk.js";export * from '@pieces-distributions/models/validators';const b = require("left-pad");const c = await import("node:fs");const d = 'require("ajv/dist/runtime/ucs2length")';`;
      expect(importedSpecifiers(code).map(packageNameOf).sort()).toEqual(
        ["@pieces-distributions/models", "left-pad", "node:fs", "openapi-fetch"].sort(),
      );
    });
  });
});
