import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatReport, specDiff } from "../src/spec-diff.js";

const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
const script = path.resolve(import.meta.dirname, "../src/spec-diff.ts");
const fixtures = path.resolve(import.meta.dirname, "fixtures/spec-diff");

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary root whose `.changeset/` holds the given pending changesets (file name -> releases). */
function rootWithChangesets(changesets: Record<string, Record<string, string>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "pieces-spec-diff-"));
  roots.push(root);
  mkdirSync(path.join(root, ".changeset"));
  for (const [id, releases] of Object.entries(changesets)) {
    const frontMatter = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
    writeFileSync(
      path.join(root, ".changeset", `${id}.md`),
      `---\n${frontMatter.join("\n")}\n---\n\nA change.\n`,
    );
  }
  return root;
}

/** Runs the `spec:diff` command from base.yaml to a fixture; returns its exit code and output. */
function specDiffCommand(root: string, head: string, base = "base.yaml") {
  const result = spawnSync(
    tsx,
    [script, "--root", root, "--base", path.join(fixtures, base), "--head", path.join(fixtures, head)],
    { encoding: "utf8" },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The gate in-process, from base.yaml to a fixture: whether it passes, and its report. */
async function gate(root: string, head: string) {
  const options = { root, basePath: path.join(fixtures, "base.yaml"), headPath: path.join(fixtures, head) };
  const result = await specDiff(options);
  return { ok: result.ok, report: formatReport(result, options) };
}

describe("pnpm spec:diff gates the fixed group's bump", () => {
  it("fails on a breaking change when the pending changesets ask only for minor, naming the bump", () => {
    const root = rootWithChangesets({ "new-field": { "@pieces-distributions/client": "minor" } });
    const { status, output } = specDiffCommand(root, "breaking/removed-field.yaml");
    expect(status).toBe(1);
    expect(output).toContain('breaking  components.schemas.Thing: property "count" removed');
    expect(output).toContain(
      "Required bump for @pieces-distributions/models + @pieces-distributions/client: major",
    );
    expect(output).toContain("Pending changesets ask for: minor (new-field (minor))");
    expect(output).toContain("FAIL: the spec changes need a major bump");
  });

  it("passes a breaking change once a changeset asks a member of the group for major", async () => {
    const root = rootWithChangesets({
      "drop-count": { "@pieces-distributions/models": "major" },
      other: { "@pieces-distributions/client": "patch" },
    });
    const { ok, report } = await gate(root, "breaking/removed-field.yaml");
    expect(report).not.toContain("FAIL");
    expect(ok).toBe(true);
  });

  it("passes an additive change with a minor changeset", async () => {
    const root = rootWithChangesets({ "new-op": { "@pieces-distributions/client": "minor" } });
    expect((await gate(root, "additive/new-operation.yaml")).ok).toBe(true);
  });

  it("does not count a mock-server changeset towards the fixed group", async () => {
    const root = rootWithChangesets({ mock: { "@pieces-distributions/mock-server": "major" } });
    const { ok, report } = await gate(root, "additive/new-response-enum-value.yaml");
    expect(ok).toBe(false);
    expect(report).toContain("Pending changesets ask for: none");
  });

  it("fails a cosmetic change without any changeset: a patch is still due", async () => {
    const root = rootWithChangesets({});
    const { ok, report } = await gate(root, "cosmetic/descriptions.yaml");
    expect(ok).toBe(false);
    expect(report).toContain(
      "Required bump for @pieces-distributions/models + @pieces-distributions/client: patch",
    );
  });

  it("passes an unchanged document with no changesets", async () => {
    const root = rootWithChangesets({});
    const { ok, report } = await gate(root, "base.yaml");
    expect(report).toContain("no changes since the last release");
    expect(ok).toBe(true);
  });

  it("says how to record a baseline when none exists", () => {
    const root = rootWithChangesets({});
    const { status, output } = specDiffCommand(root, "base.yaml", "missing/released.yaml");
    expect(status).toBe(1);
    expect(output).toContain("MissingBaselineError: No released document at");
    expect(output).toContain("pnpm spec:diff --write-baseline");
  });
});
