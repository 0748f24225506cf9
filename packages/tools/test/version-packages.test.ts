import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../src/repository.js";
import { CommandFailedError, run } from "../src/run.js";
import { readInfoVersion } from "../src/spec-version.js";
import { readWorkspacePackages } from "../src/workspace-packages.js";
import {
  addChangeset,
  createFixtureWorkspace,
  editSpec,
  workspaceHash,
} from "./helpers/fixture-workspace.js";

const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../src/version-packages.ts");

const MODELS = "@pieces-distributions/models";
const CLIENT = "@pieces-distributions/client";
const MOCK = "@pieces-distributions/mock-server";

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const root = createFixtureWorkspace();
  workspaces.push(root);
  return root;
}

function versionsIn(root: string): Record<string, string> {
  return Object.fromEntries([...readWorkspacePackages(root).values()].map((pkg) => [pkg.name, pkg.version]));
}

function changelog(root: string, dir: string): string {
  return readFileSync(path.join(root, "packages", dir, "CHANGELOG.md"), "utf8");
}

/** Runs `pnpm version-packages` (the script) on a fixture; returns its failure, if any. */
function versionPackages(root: string): CommandFailedError | undefined {
  try {
    run(tsx, [script, "--root", root], { cwd: root });
    return undefined;
  } catch (error) {
    if (error instanceof CommandFailedError) return error;
    throw error;
  }
}

const addNote = (text: string) =>
  text.replace(
    "        deleted:\n",
    "        note:\n          type: string\n          description: A note.\n        deleted:\n",
  );

describe("pnpm version-packages on a fixture workspace", () => {
  it("versions a new Distribution field: minor for the fixed group and the mock server, changelogs naming the change, baseline and generated code", () => {
    const root = workspace();
    editSpec(root, addNote);
    addChangeset(root, "note", { [CLIENT]: "minor", [MOCK]: "minor" }, "Distributions can carry a note.");

    expect(versionPackages(root)).toBeUndefined();

    expect(versionsIn(root)).toMatchObject({ [MODELS]: "1.1.0", [CLIENT]: "1.1.0", [MOCK]: "1.1.0" });
    expect(versionsIn(root)["@pieces-distributions/examples"]).toBe("0.0.0");
    const entry =
      "## 1.1.0\n\n### Minor Changes\n\n- API: `Distribution.note` added (minor)\n- Distributions can carry a note.\n";
    for (const dir of ["client", "mock-server"]) expect(changelog(root, dir)).toContain(entry);
    // The changeset did not name the models: they get the API line, not the client's prose.
    expect(changelog(root, "models")).toContain(
      "## 1.1.0\n\n### Minor Changes\n\n- API: `Distribution.note` added (minor)\n\n## 1.0.0",
    );
    expect(changelog(root, "client")).toContain(
      "### Patch Changes\n\n- Updated dependencies: @pieces-distributions/models@1.1.0\n\n## 1.0.0",
    );

    const spec = readFileSync(path.join(root, SPEC_PATH), "utf8");
    expect(readInfoVersion(spec)).toBe("1.1.0");
    expect(readFileSync(path.join(root, RELEASED_SPEC_PATH), "utf8")).toBe(spec);
    expect(readFileSync(path.join(root, "packages/models/src/generated/schemas.ts"), "utf8")).toContain(
      'specVersion = "1.1.0"',
    );
    expect(readFileSync(path.join(root, "pnpm-lock.yaml"), "utf8")).toContain("packages/mock-server:");
    expect(existsSync(path.join(root, ".changeset/note.md"))).toBe(false);
    expect(existsSync(path.join(root, ".changeset/api-changes-additive.md"))).toBe(false);
  });

  it("versions a rename and a removed field as majors, listing both in the fixed group's changelog and only the field in the mock server's", () => {
    const root = workspace();
    editSpec(root, (text) =>
      text
        .replace("operationId: distributions_snapshot", "operationId: distributions_list")
        .replace(
          "        deleted:\n          type: boolean\n          description: Whether it was deleted.\n",
          "",
        ),
    );
    addChangeset(root, "v2", { [MODELS]: "major", [MOCK]: "major" }, "Version 2 of the API.");

    expect(versionPackages(root)).toBeUndefined();

    expect(versionsIn(root)).toMatchObject({ [MODELS]: "2.0.0", [CLIENT]: "2.0.0", [MOCK]: "2.0.0" });
    expect(changelog(root, "models")).toContain(
      [
        "## 2.0.0",
        "",
        "### Major Changes",
        "",
        "- API changes in the OpenAPI document:",
        "  - `distributions_snapshot` renamed to `distributions_list` (`GET /distributions`) (major)",
        "  - `Distribution.deleted` removed (major)",
        "- Version 2 of the API.",
        "",
      ].join("\n"),
    );
    expect(changelog(root, "client")).toContain(
      "- API changes in the OpenAPI document:\n  - `distributions_snapshot` renamed to `distributions_list` (`GET /distributions`) (major)\n  - `Distribution.deleted` removed (major)\n\n### Patch Changes",
    );
    const mock = changelog(root, "mock-server");
    expect(mock).toContain("- API: `Distribution.deleted` removed (major)\n");
    expect(mock).not.toContain("distributions_list");
    // The mock server's dependency stays a range, which pnpm packs as ^2.0.0.
    expect(readFileSync(path.join(root, "packages/mock-server/package.json"), "utf8")).toContain(
      `"${MODELS}": "workspace:^"`,
    );
  });

  it("leaves the fixed group and info.version alone for a mock-server-only patch", () => {
    const root = workspace();
    addChangeset(root, "route", { [MOCK]: "patch" }, "Fix a route.");
    expect(versionPackages(root)).toBeUndefined();
    expect(versionsIn(root)).toMatchObject({ [MODELS]: "1.0.0", [CLIENT]: "1.0.0", [MOCK]: "1.0.1" });
    expect(readInfoVersion(readFileSync(path.join(root, SPEC_PATH), "utf8"))).toBe("1.0.0");
    expect(changelog(root, "mock-server")).toContain("## 1.0.1\n\n### Patch Changes\n\n- Fix a route.\n");
  });

  it("says why the models move with a client-only changeset, and does not release the mock server its range still covers", () => {
    const root = workspace();
    addChangeset(root, "option", { [CLIENT]: "minor" }, "Add a sample option.");
    expect(versionPackages(root)).toBeUndefined();
    expect(versionsIn(root)).toMatchObject({ [MODELS]: "1.1.0", [CLIENT]: "1.1.0", [MOCK]: "1.0.0" });
    expect(changelog(root, "client")).toContain("## 1.1.0\n\n### Minor Changes\n\n- Add a sample option.\n");
    expect(changelog(root, "models")).toContain(
      `## 1.1.0\n\n### Minor Changes\n\n- No change of its own: released with ${CLIENT} at the same version (one fixed group).\n`,
    );
    expect(changelog(root, "mock-server")).not.toContain("## 1.1.0");
  });

  it("refuses before writing anything when a package the changes touch has too small a changeset", () => {
    const root = workspace();
    editSpec(root, addNote);
    addChangeset(root, "note", { [CLIENT]: "minor" });
    const before = workspaceHash(root);

    const failure = versionPackages(root);

    expect(failure?.output).toContain("SpecGateError: spec:diff");
    expect(failure?.output).toContain(`FAIL: ${MOCK} needs a minor changeset`);
    expect(failure?.output).toContain(
      'additive  components.schemas.Distribution: optional property "note" added',
    );
    expect(workspaceHash(root)).toBe(before);
  });

  it("leaves every tracked file and the changesets byte for byte as they were when generate fails half-way", () => {
    const root = workspace();
    editSpec(root, (text) =>
      addNote(text).replace(
        "    Distributions:\n      description: Every distribution.\n",
        "    Distributions:\n      description: Every distribution.\n      x-unsupported: true\n",
      ),
    );
    addChangeset(
      root,
      "note",
      { [CLIENT]: "major", [MOCK]: "minor" },
      "A note, and a list the generator refuses.",
    );
    const before = workspaceHash(root);

    const failure = versionPackages(root);

    expect(failure?.output).toContain(
      'VersionStepError: step "generate" failed; the workspace is as it was before',
    );
    expect(failure?.output).toContain("schema Distributions uses x-unsupported");
    expect(workspaceHash(root)).toBe(before);
    expect(existsSync(path.join(root, ".changeset/note.md"))).toBe(true);
    expect(existsSync(path.join(root, ".changeset/api-changes-additive.md"))).toBe(false);
    expect(versionsIn(root)[CLIENT]).toBe("1.0.0");
  });
});
