import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));

describe("runs wherever a standard fetch exists", () => {
  it("bundles for the browser platform with no Node built-in (validators included)", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });

    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes("models/dist/validators"))).toBe(true);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(
      /\bfrom\s*["']node:|require\(["'](node:)?(fs|path|http|https|net|url|crypto)["']\)/,
    );
  });
});
