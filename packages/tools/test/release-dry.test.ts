import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../src/release-dry.ts");

function releaseDry(...args: string[]) {
  const result = spawnSync(tsx, [script, ...args], {
    encoding: "utf8",
    cwd: path.resolve(import.meta.dirname, ".."),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("pnpm release:dry", () => {
  it("fails, naming the package, when a tarball misses a file its exports map points at (publint finds it)", () => {
    const fixture = path.resolve(import.meta.dirname, "fixtures/missing-export-file");
    const { status, output } = releaseDry("--package", fixture);
    expect(status).toBe(1);
    expect(output).toContain("release:dry FAILED: 1 package(s) not fit to publish:");
    expect(output).toContain("  @pieces-distributions/fixture-missing-export-file:\n");
    expect(output).toContain(
      "budgets of @pieces-distributions/fixture-missing-export-file: no size budget, no api:check script",
    );
    expect(output).toContain(
      '- publint: pkg.exports["."].require.default is ./lib/index.cjs but the file does not exist.',
    );
  });

  it("passes for the repository's packages: packs, installs the tarballs outside the workspace, runs ESM and CJS consumers and tsc", () => {
    const { status, output } = releaseDry();
    expect(output, output).toContain("release:dry passed");
    expect(status).toBe(0);
    for (const name of ["models", "client", "mock-server"]) {
      expect(output).toContain(`checked @pieces-distributions/${name}@`);
      expect(output).toMatch(
        new RegExp(
          `budgets of @pieces-distributions/${name}: (size-limit ok|no size budget), (api:check ok|no api:check script)`,
        ),
      );
    }
    // The client has a size budget (.size-limit.js): the dry release runs it, so no release exceeds it.
    expect(output).toContain("budgets of @pieces-distributions/client: size-limit ok");
    expect(output).toContain(
      "esm: create, snapshot and delete through the packed client against the packed mock server",
    );
    expect(output).toContain(
      "cjs: create, snapshot and delete through the packed client against the packed mock server",
    );
    expect(output).toContain("type-checked use-types.mts and use-types.cts with tsc --noEmit");
  });
});
