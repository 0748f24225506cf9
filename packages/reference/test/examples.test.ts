/**
 * Every TypeScript example of every README and of `docs/` is type-checked with the repository's strict
 * settings, and each runnable one is run (transpiled, in a Node child process) against a mock server of its own, seeded
 * with the document's example distributions. Its requests to Pieces OS's address reach that mock server
 * through `support/redirect-fetch.mjs`. `ts signature` blocks of the reference are checked to be exactly
 * the client's method types.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMemoryStore, startMockServer } from "@pieces-distributions/mock-server";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplesOf, type MarkdownExample, markdownFiles } from "./support/markdown-examples.js";
import { documentDistributions } from "./support/seed.js";
import { typecheck } from "./support/typecheck.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workDir = path.join(packageDir, ".tmp", "examples");
const redirect = path.join(packageDir, "test", "support", "redirect-fetch.mjs");
// A run is a plain Node process (the example transpiled beforehand, no loader): about half a second on an idle
// machine, but 30 s and more were seen with six full test suites sharing two cores.
const RUN_TIMEOUT_MS = 120_000;

const examples = markdownFiles().flatMap(examplesOf);
const fileOf = (example: MarkdownExample) =>
  path.join(workDir, `${example.where.replace(/[^A-Za-z0-9]+/g, "-")}.ts`);
const scriptOf = (example: MarkdownExample) => fileOf(example).replace(/\.ts$/, ".mjs");

/** A signature block as a module that fails to compile unless it is exactly the client's method types. */
function signatureCheck(code: string): string {
  const names = [...new Set(code.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? [])].filter((name) => name !== "Promise");
  const fromClient = names.filter((name) => /Request$|^RequestOptions$|^RawResponse$/.test(name));
  const fromModels = names.filter((name) => !fromClient.includes(name));
  return [
    `import type { OperationMethods, ${fromClient.join(", ")} } from "@pieces-distributions/client";`,
    fromModels.length === 0
      ? ""
      : `import type { ${fromModels.join(", ")} } from "@pieces-distributions/models";`,
    `interface Documented {\n${code}\n}`,
    "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
    "export const documentedIsTheClient: Equal<Documented, Pick<OperationMethods, keyof Documented>> = true;",
  ].join("\n");
}

let diagnostics = new Map<string, string[]>();

beforeAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const example of examples) {
    const source =
      example.kind === "signature" ? signatureCheck(example.code) : `${example.code}\nexport {};\n`;
    writeFileSync(fileOf(example), source);
    if (example.kind === "run") {
      const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
      writeFileSync(scriptOf(example), ts.transpileModule(source, { compilerOptions }).outputText);
    }
  }
  diagnostics = typecheck(examples.map(fileOf));
}, 300_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs one transpiled example with the fetch redirect; resolves with its exit code and output. */
function run(
  file: string,
  mockUrl: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", redirect, file], {
      cwd: packageDir,
      env: { ...process.env, REFERENCE_MOCK_URL: mockUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS - 5_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("the examples of every README and of docs/", () => {
  it("finds the examples (the root, client, models and mock-server READMEs and the reference have some)", () => {
    const files = new Set(examples.map((example) => example.where.split(":")[0]));
    for (const file of [
      "README.md",
      "docs/README.md",
      "packages/client/README.md",
      "packages/models/README.md",
      "packages/mock-server/README.md",
    ])
      expect(files).toContain(file);
    expect(examples.filter((example) => example.kind === "signature").length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(`${example.where} compiles with the strict settings${example.kind === "signature" ? " and is the client's signature" : ""}`, () => {
      expect(diagnostics.get(fileOf(example)), example.code).toEqual([]);
    });
  }

  for (const example of examples.filter((candidate) => candidate.kind === "run")) {
    it(
      `${example.where} runs against the mock server`,
      async () => {
        const requests: string[] = [];
        const server = await startMockServer({
          store: createMemoryStore(documentDistributions()),
          log: (line) => requests.push(line),
        });
        try {
          const outcome = await run(scriptOf(example), server.url);
          expect(outcome.stderr, outcome.stdout).toBe("");
          expect(outcome.code).toBe(0);
          // An example that starts a mock server of its own talks to that one instead.
          if (!example.code.includes("startMockServer(")) expect(requests.length).toBeGreaterThan(0);
        } finally {
          await server.close();
        }
      },
      RUN_TIMEOUT_MS,
    );
  }
});
