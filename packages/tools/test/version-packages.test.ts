import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../src/repository.js";
import { CommandFailedError, run } from "../src/run.js";
import { readInfoVersion } from "../src/spec-version.js";
import { readWorkspacePackages } from "../src/workspace-packages.js";
import { createFixtureWorkspace } from "./helpers/fixture-workspace.js";

const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../src/version-packages.ts");

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fixture workspace holding one pending changeset, as `pnpm changeset` writes it. */
function workspaceWithChangeset(
  releases: Record<string, "major" | "minor" | "patch">,
  summary: string,
): string {
  const root = createFixtureWorkspace();
  workspaces.push(root);
  const frontMatter = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
  writeFileSync(
    path.join(root, ".changeset/sample-change.md"),
    `---\n${frontMatter.join("\n")}\n---\n\n${summary}\n`,
  );
  return root;
}

function versionsIn(root: string): Record<string, string> {
  return Object.fromEntries([...readWorkspacePackages(root).values()].map((pkg) => [pkg.name, pkg.version]));
}

/** The versions of the private packages (examples, tools, ...), which are never versioned. */
function privateVersionsIn(root: string): Record<string, string> {
  const privatePackages = [...readWorkspacePackages(root).values()].filter((pkg) => pkg.private === true);
  return Object.fromEntries(privatePackages.map((pkg) => [pkg.name, pkg.version]));
}

function changelog(root: string, dir: string): string {
  return readFileSync(path.join(root, "packages", dir, "CHANGELOG.md"), "utf8");
}

describe("pnpm version-packages on a temporary copy of the workspace", () => {
  it("bumps models and client together for a client-only minor changeset, and patches the mock server", () => {
    const root = workspaceWithChangeset({ "@pieces-distributions/client": "minor" }, "Add a sample option.");
    const specBefore = readFileSync(path.join(root, SPEC_PATH), "utf8");
    const privateBefore = privateVersionsIn(root);

    run(tsx, [script, "--root", root], { cwd: root });

    expect(versionsIn(root)).toMatchObject({
      "@pieces-distributions/models": "1.1.0",
      "@pieces-distributions/client": "1.1.0",
      "@pieces-distributions/mock-server": "1.0.1",
    });
    expect(privateVersionsIn(root)).toEqual(privateBefore);
    expect(Object.keys(privateBefore)).toContain("@pieces-distributions/examples");
    expect(changelog(root, "client")).toContain("## 1.1.0\n\n### Minor Changes\n\n- Add a sample option.\n");
    expect(changelog(root, "models")).toMatch(
      /^# @pieces-distributions\/models\n\n## 1\.1\.0\n\n## 1\.0\.0\n/,
    );
    expect(changelog(root, "mock-server")).toContain(
      "## 1.0.1\n\n### Patch Changes\n\n- @pieces-distributions/models@1.1.0\n",
    );
    expect(existsSync(path.join(root, ".changeset/sample-change.md"))).toBe(false);

    const specAfter = readFileSync(path.join(root, SPEC_PATH), "utf8");
    expect(readInfoVersion(specAfter)).toBe("1.1.0");
    const changedLines = specAfter
      .split("\n")
      .filter((line, index) => line !== specBefore.split("\n")[index]);
    expect(changedLines).toEqual(["  version: 1.1.0"]);
    expect(readFileSync(path.join(root, RELEASED_SPEC_PATH), "utf8")).toBe(specAfter);
    expect(readFileSync(path.join(root, "pnpm-lock.yaml"), "utf8")).toContain("packages/mock-server:");
  });

  it("takes the fixed group to the next major for a models-only major changeset", () => {
    const root = workspaceWithChangeset({ "@pieces-distributions/models": "major" }, "Remove a field.");

    run(tsx, [script, "--root", root], { cwd: root });

    const versions = versionsIn(root);
    expect(versions["@pieces-distributions/models"]).toBe("2.0.0");
    expect(versions["@pieces-distributions/client"]).toBe("2.0.0");
    expect(readInfoVersion(readFileSync(path.join(root, SPEC_PATH), "utf8"))).toBe("2.0.0");
    expect(changelog(root, "models")).toContain("## 2.0.0\n\n### Major Changes\n\n- Remove a field.\n");
  });

  it("leaves the fixed group and info.version alone for a mock-server-only patch", () => {
    const root = workspaceWithChangeset({ "@pieces-distributions/mock-server": "patch" }, "Fix a route.");

    run(tsx, [script, "--root", root], { cwd: root });

    const versions = versionsIn(root);
    expect(versions["@pieces-distributions/mock-server"]).toBe("1.0.1");
    expect(versions["@pieces-distributions/models"]).toBe("1.0.0");
    expect(versions["@pieces-distributions/client"]).toBe("1.0.0");
    expect(readInfoVersion(readFileSync(path.join(root, SPEC_PATH), "utf8"))).toBe("1.0.0");
    expect(changelog(root, "mock-server")).toContain("## 1.0.1\n\n### Patch Changes\n\n- Fix a route.\n");
  });

  it("refuses to version when the changesets ask less than the spec changes since the release need", () => {
    const root = workspaceWithChangeset(
      { "@pieces-distributions/client": "minor" },
      "Drop the deleted stamp.",
    );
    const specPath = path.join(root, SPEC_PATH);
    const spec = readFileSync(specPath, "utf8");
    // A breaking change: the optional response property Distribution.deleted goes away.
    const distribution = spec.indexOf("    Distribution:\n");
    const deleted = spec.indexOf("        deleted:\n", distribution);
    const next = spec.indexOf("        mailgun:\n", deleted);
    writeFileSync(specPath, spec.slice(0, deleted) + spec.slice(next));

    let failure: unknown;
    try {
      run(tsx, [script, "--root", root], { cwd: root });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CommandFailedError);
    const output = (failure as CommandFailedError).output;
    expect(output).toContain("SpecGateError: spec:diff");
    expect(output).toContain('breaking  components.schemas.Distribution: property "deleted" removed');
    expect(versionsIn(root)["@pieces-distributions/client"]).toBe("1.0.0");
    expect(existsSync(path.join(root, ".changeset/sample-change.md"))).toBe(true);
  });
});
