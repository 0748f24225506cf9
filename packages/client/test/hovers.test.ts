/**
 * What an editor shows: the TypeScript language service's hover (quick info) over calls and types of the
 * built packages, as a user's project sees them (by package name, through `exports`).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmpDir = path.join(packageDir, "test/.tmp/hovers");
const file = path.join(tmpDir, "usage.ts");
const source = `import { createDistributionsClient, type Distribution } from "@pieces-distributions/client";
import { DistributionsApi, type GitHubGistDistribution } from "@pieces-distributions/client/compat";
const client = createDistributionsClient();
export const created = client.distributionsCreateNewDistribution();
export const listed = new DistributionsApi().distributionsSnapshot();
export type Seen = [Distribution, GitHubGistDistribution];
`;

/** The hover text (signature, then documentation) over the first `marker` in the source. */
function hover(service: ts.LanguageService, marker: string): string {
  const info = service.getQuickInfoAtPosition(file, source.indexOf(marker) + 1);
  return `${ts.displayPartsToString(info?.displayParts)}\n${ts.displayPartsToString(info?.documentation)}`;
}

afterAll(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

describe("hovers", () => {
  it("name the models in method signatures and show each model's description", async () => {
    await mkdir(tmpDir, { recursive: true });
    await writeFile(file, source);
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    };
    const service = ts.createLanguageService({
      getScriptFileNames: () => [file],
      getScriptVersion: () => "1",
      getScriptSnapshot: (name) => {
        const text = ts.sys.readFile(name);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => tmpDir,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    });

    expect(
      service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    ).toEqual([]);
    expect(hover(service, "distributionsCreateNewDistribution()")).toContain("Promise<Distribution>");
    expect(hover(service, "distributionsSnapshot()")).toContain("Promise<Distributions>");
    expect(hover(service, "Distribution,")).toContain("One published copy of a shared snippet");
    expect(hover(service, "GitHubGistDistribution]")).toContain(
      "A distribution published as a GitHub gist, with the gist's id and address.",
    );
  }, 300_000);
});
