import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generateModels, runGenerate } from "../scripts/generate.js";
import { documentPath } from "./document.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const generatedDir = path.join(packageDir, "src/generated");
const workDir = mkdtempSync(path.join(tmpdir(), "models-generate-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes a copy of the document, changed by `edit`, and returns its path. */
function editedDocument(name: string, edit: (document: Record<string, any>) => void): string {
  const document = parse(readFileSync(documentPath, "utf8"));
  edit(document);
  const target = path.join(workDir, name);
  writeFileSync(target, stringify(document, { aliasDuplicateObjects: false }));
  return target;
}

describe("pnpm generate", () => {
  it("reproduces the committed files byte for byte from the committed document", async () => {
    const files = await generateModels(documentPath);
    expect([...files.keys()].sort()).toEqual([
      "ajv-standalone.ts",
      "models.ts",
      "openapi.ts",
      "operations.ts",
      "shapes.ts",
      "validators.ts",
    ]);
    for (const [name, content] of files) {
      expect(content, `src/generated/${name} is stale`).toBe(
        readFileSync(path.join(generatedDir, name), "utf8"),
      );
      expect(content.startsWith("// Generated from openapi/pieces-os-distributions.yaml")).toBe(true);
      expect(content.split("\n", 2)[0]).toContain("do not edit");
    }
  }, 120_000);

  it("follows a change of the document into the types and the validators", async () => {
    const changed = editedDocument("new-field.yaml", (document) => {
      document.components.schemas.SeededGitHubGistDistribution.properties.language = {
        type: "string",
        description: "The gist's language.",
      };
    });
    const files = await generateModels(changed);
    expect(files.get("openapi.ts")).toContain("language?: string;");
    expect(files.get("openapi.ts")).not.toBe(readFileSync(path.join(generatedDir, "openapi.ts"), "utf8"));
    expect(files.get("ajv-standalone.ts")).toContain("data.language");
    expect(files.get("models.ts")).toContain("SeededGitHubGistDistribution");
  }, 120_000);

  it("exports a new component schema by name with no hand edit, and validates with the keywords it uses", async () => {
    const changed = editedDocument("new-schema.yaml", (document) => {
      document.components.schemas.Label = {
        type: ["string", "null"],
        pattern: "^[a-z]+$",
        maxLength: 8,
        "x-note": "ignored",
      };
      document.components.schemas.Score.properties.manual = {
        oneOf: [{ type: "integer", format: "int32" }, { const: "auto" }],
      };
    });
    const files = await generateModels(changed);
    expect(files.get("models.ts")).toContain("  Label,");
    expect(files.get("validators.ts")).toContain("export function validateLabel(");
  }, 120_000);

  it("refuses a construct the reader cannot describe, naming where it is", async () => {
    const changed = editedDocument("cookie.yaml", (document) => {
      document.paths["/distributions"].get.parameters = [
        { name: "session", in: "cookie", schema: { type: "string" } },
      ];
    });
    await expect(generateModels(changed)).rejects.toThrow(
      'GET /distributions: cookie parameter "session" is not supported',
    );
  }, 120_000);

  it("finds a hand-edited file stale in check mode, and nothing once regenerated", async () => {
    const outDir = path.join(workDir, "out");
    await runGenerate({ documentPath, outDir, check: false });
    writeFileSync(path.join(outDir, "operations.ts"), "// edited by hand\n");
    const stale = await runGenerate({ documentPath, outDir, check: true });
    expect(stale.stale).toEqual([path.join(outDir, "operations.ts")]);
    expect(readFileSync(path.join(outDir, "operations.ts"), "utf8")).toBe("// edited by hand\n");
    await runGenerate({ documentPath, outDir, check: false });
    expect((await runGenerate({ documentPath, outDir, check: true })).stale).toEqual([]);
  }, 120_000);

  it("exits non-zero from the command line naming the stale file", () => {
    const outDir = path.join(workDir, "cli-out");
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, "validators.ts"), "// stale\n");
    const tsx = path.join(packageDir, "node_modules/.bin/tsx");
    const result = spawnSync(tsx, ["scripts/generate.ts", "--check", "--out-dir", outDir], {
      cwd: packageDir,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("validators.ts");
    expect(result.stderr).toContain("openapi.ts");
  }, 180_000); // tsx, openapi-typescript and Ajv's compilation start in a child: 14.8 s cold, 119 s at load 40 on 2 cores
});
