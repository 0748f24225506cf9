import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../src/repository.js";
import { formatReport, specDiff } from "../src/spec-diff.js";
import { addChangeset, createFixtureWorkspace, editSpec } from "./helpers/fixture-workspace.js";

const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../src/spec-diff.ts");
const pairs = path.resolve(import.meta.dirname, "fixtures/spec-diff");

const MODELS = "@pieces-distributions/models";
const CLIENT = "@pieces-distributions/client";
const MOCK = "@pieces-distributions/mock-server";

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const root = createFixtureWorkspace();
  roots.push(root);
  return root;
}

/** The gate in-process on a fixture workspace: its own document against its own baseline, or a pair. */
async function gate(root: string, pair?: { base: string; head: string }) {
  const options = {
    root,
    basePath: pair ? path.join(pairs, pair.base) : path.join(root, RELEASED_SPEC_PATH),
    headPath: pair ? path.join(pairs, pair.head) : path.join(root, SPEC_PATH),
  };
  const result = await specDiff(options);
  return { result, ok: result.ok, report: formatReport(result, options) };
}

/** A new optional response field: `Distribution.note` (minor for models, client and the mock server). */
const addNote = (text: string) =>
  text.replace(
    "        deleted:\n",
    "        note:\n          type: string\n          description: A note.\n        deleted:\n",
  );

/** `Distribution.deleted` removed: breaking for every package whose types carry Distribution. */
const removeDeleted = (text: string) =>
  text.replace(
    "        deleted:\n          type: boolean\n          description: Whether it was deleted.\n",
    "",
  );

describe("the spec gate maps each change to the packages whose public surface it touches", () => {
  it("passes a new Distribution field with a minor changeset for the fixed group and the mock server", async () => {
    const root = workspace();
    editSpec(root, addNote);
    addChangeset(root, "note", { [CLIENT]: "minor", [MOCK]: "minor" });
    const { ok, report, result } = await gate(root);
    expect(report).not.toContain("FAIL");
    expect(ok).toBe(true);
    const byName = new Map(result.packages.map((pkg) => [pkg.name, pkg]));
    expect(byName.get(MODELS)?.required).toBe("minor");
    expect(byName.get(MOCK)?.required).toBe("minor");
    expect(byName.get(MOCK)?.through).toEqual(["Distribution"]);
    expect(report).toContain(
      'additive  components.schemas.Distribution: optional property "note" added  [models, client, mock-server]',
    );
  });

  it("fails a removed Distribution field with only a fixed-group major, naming the mock server and the change", async () => {
    const root = workspace();
    editSpec(root, removeDeleted);
    addChangeset(root, "drop-deleted", { [MODELS]: "major" });
    const { ok, report } = await gate(root);
    expect(ok).toBe(false);
    expect(report).toContain(
      `FAIL: ${MOCK} needs a major changeset (its public types carry Distribution), but the pending changesets ask it for none.`,
    );
    expect(report).toContain('    breaking  components.schemas.Distribution: property "deleted" removed');
    expect(report).not.toContain(`FAIL: ${MODELS}`);
    expect(report).not.toContain(`FAIL: ${CLIENT}`);
  });

  it("fails a too-small changeset, naming each package short of its bump", async () => {
    const root = workspace();
    editSpec(root, removeDeleted);
    addChangeset(root, "drop-deleted", { [CLIENT]: "minor", [MOCK]: "minor" });
    const { ok, report } = await gate(root);
    expect(ok).toBe(false);
    for (const name of [MODELS, CLIENT, MOCK]) {
      expect(report).toContain(`FAIL: ${name} needs a major changeset`);
    }
    expect(report).toContain("pending changesets ask it for minor");
  });

  it("does not let an unrelated package's changeset stand in: a mock-server major does not cover the fixed group", async () => {
    const root = workspace();
    editSpec(root, (text) => text.replace("enum: [PUBLIC, PRIVATE]", "enum: [PUBLIC, PRIVATE, SHARED]"));
    addChangeset(root, "mock-only", { [MOCK]: "major" });
    const { ok, report } = await gate(root);
    expect(ok).toBe(false);
    expect(report).toContain(
      `FAIL: ${MODELS} needs a minor changeset, but the pending changesets ask it for none.`,
    );
    expect(report).toContain(`FAIL: ${CLIENT} needs a minor changeset`);
    expect(report).toContain('    additive  components.schemas.AccessEnum: enum value "SHARED" added');
    // AccessEnum reaches the mock server through Distribution.access: its changeset is enough for it.
    expect(report).not.toContain(`FAIL: ${MOCK}`);
  });

  it("does not let a client changeset stand in for the mock server on a patch-level change to a type it carries", async () => {
    const root = workspace();
    editSpec(root, (text) =>
      text.replace("description: The distribution's id.", "description: The distribution's unique id."),
    );
    addChangeset(root, "client-fix", { [CLIENT]: "patch" });
    const { ok, report } = await gate(root);
    expect(ok).toBe(false);
    expect(report).toContain(`FAIL: ${MOCK} needs a patch changeset`);
    expect(report).toContain("cosmetic  components.schemas.Distribution.id: description changed");
  });

  it("asks nothing of the mock server for a change to a schema or operation its types do not reach", async () => {
    const root = workspace();
    editSpec(root, (text) =>
      text
        .replace("operationId: distributions_snapshot", "operationId: distributions_list")
        .replace("description: The user's name.", "description: The name the user chose."),
    );
    addChangeset(root, "rename", { [CLIENT]: "major" });
    const { ok, report, result } = await gate(root);
    expect(report).not.toContain("FAIL");
    expect(ok).toBe(true);
    expect(result.packages.find((pkg) => pkg.name === MOCK)?.required).toBe("none");
    expect(report).toContain(
      'breaking  GET /distributions: operationId changed from "distributions_snapshot" to "distributions_list"  [models, client]',
    );
  });

  it("passes an unchanged document with no changesets", async () => {
    const { ok, report } = await gate(workspace());
    expect(report).toContain("no changes since the last release");
    expect(ok).toBe(true);
  });

  it("classifies a fixture pair the same way from the command line, exiting 1 with the report", () => {
    const root = workspace();
    addChangeset(root, "new-field", { [CLIENT]: "minor" });
    const result = spawnSync(
      tsx,
      [
        script,
        "--root",
        root,
        "--base",
        path.join(pairs, "base.yaml"),
        "--head",
        path.join(pairs, "breaking/removed-field.yaml"),
      ],
      { encoding: "utf8" },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain(
      'breaking  components.schemas.Thing: property "count" removed  [models, client]',
    );
    expect(output).toContain(
      `${MODELS}: needs major (1 change(s)); pending changesets ask for minor (new-field (minor))`,
    );
    expect(output).toContain(`FAIL: ${MODELS} needs a major changeset`);
  });

  it("passes a fixture pair's breaking change once a changeset asks a member of the group for major", async () => {
    const root = workspace();
    addChangeset(root, "drop-count", { [MODELS]: "major" });
    addChangeset(root, "other", { [CLIENT]: "patch" });
    const { ok, report } = await gate(root, { base: "base.yaml", head: "breaking/removed-field.yaml" });
    expect(report).not.toContain("FAIL");
    expect(ok).toBe(true);
  });

  it("fails a cosmetic change without any changeset: a patch is still due", async () => {
    const { ok, report } = await gate(workspace(), { base: "base.yaml", head: "cosmetic/descriptions.yaml" });
    expect(ok).toBe(false);
    expect(report).toContain(`FAIL: ${MODELS} needs a patch changeset`);
  });

  it("says how to record a baseline when none exists", () => {
    const root = workspace();
    const result = spawnSync(
      tsx,
      [script, "--root", root, "--base", path.join(root, "missing/released.yaml")],
      { encoding: "utf8" },
    );
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain("MissingBaselineError: No released document at");
    expect(output).toContain("pnpm spec:diff --write-baseline");
  });
});
