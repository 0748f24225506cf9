import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = (name: string) => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url));

/** Bundles `source` (resolved from this folder) for the browser: the files it pulls in and the code. */
async function bundle(source: string, format: "esm" | "iife") {
  const result = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    platform: "browser",
    format,
    write: false,
    logLevel: "silent",
    metafile: true,
  });
  expect(result.errors).toEqual([]);
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]?.text ?? "" };
}

const withValidators = (inputs: readonly string[]) =>
  inputs.some((input) => input.includes("models/dist/validators"));
const NODE_BUILT_IN = /\bfrom\s*["']node:|require\(["'](node:)?(fs|path|http|https|net|url|crypto)["']\)/;

describe("runs wherever a standard fetch exists", () => {
  for (const format of ["esm", "iife"] as const) {
    it(`a client alone (${format}) carries no validator and no Node built-in`, async () => {
      const { inputs, code } = await bundle(
        `import { createDistributionsClient } from ${JSON.stringify(entry("index"))};
         createDistributionsClient().distributionsSnapshot();`,
        format,
      );
      expect(withValidators(inputs)).toBe(false);
      expect(code).not.toContain("import(");
      expect(code).not.toMatch(NODE_BUILT_IN);
    });

    it(`a client with validateResponses (${format}) carries the models' validators and no Node built-in`, async () => {
      const { inputs, code } = await bundle(
        `import { createDistributionsClient } from ${JSON.stringify(entry("index"))};
         import { validateResponses } from ${JSON.stringify(entry("validate"))};
         createDistributionsClient({ validateResponses }).distributionsSnapshot();`,
        format,
      );
      expect(withValidators(inputs)).toBe(true);
      expect(code).not.toMatch(NODE_BUILT_IN);
    });
  }
});
