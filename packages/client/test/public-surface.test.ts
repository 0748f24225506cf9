import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as compat from "../src/compat/index.js";
import * as entry from "../src/index.js";
import * as validateEntry from "../src/validate.js";

describe("public surface", () => {
  it("exports exactly these runtime names (a removed export is a breaking change: update deliberately)", () => {
    expect(Object.keys(entry).sort()).toMatchInlineSnapshot(`
      [
        "ApiAbortError",
        "ApiConnectionError",
        "ApiError",
        "ApiResponseError",
        "ApiTimeoutError",
        "DEFAULT_BASE_URL",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT_MS",
        "InvalidArgumentError",
        "PiecesDistributionsError",
        "ResponseValidationError",
        "createDistributionsClient",
      ]
    `);
  });

  it("is the same in the published ESM and CommonJS builds (dist/, built before the tests)", async () => {
    const esm = await import("../dist/index.js");
    const cjs = createRequire(import.meta.url)("../dist/index.cjs") as object;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(entry).sort());
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(entry).sort());
  });

  it("exports from /compat exactly the official SDK's names it provides (runtime values)", () => {
    expect(Object.keys(compat).sort()).toMatchInlineSnapshot(`
      [
        "AccessEnum",
        "BASE_PATH",
        "BaseAPI",
        "Configuration",
        "DefaultConfig",
        "DistributionsApi",
        "EmbeddedModelSchemaSemanticVersionEnum",
        "ExternallySourcedEnum",
        "FetchError",
        "RequiredError",
        "ResponseError",
      ]
    `);
  });

  it("keeps /compat the same in the ESM and CommonJS builds", async () => {
    const esm = await import("../dist/compat.js");
    const cjs = createRequire(import.meta.url)("../dist/compat.cjs") as object;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(compat).sort());
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(compat).sort());
  });

  it("exports exactly validateResponses from @pieces-distributions/client/validate, in ESM and CommonJS", async () => {
    expect(Object.keys(validateEntry)).toEqual(["validateResponses"]);
    const esm = await import("../dist/validate.js");
    const cjs = createRequire(import.meta.url)("../dist/validate.cjs") as object;
    expect(Object.keys(esm)).toEqual(["validateResponses"]);
    expect(Object.keys(cjs)).toEqual(["validateResponses"]);
  });

  it("throws the ResponseValidationError the main entry exports, in ESM and in CommonJS (one shared class)", async () => {
    const require = createRequire(import.meta.url);
    const builds = [
      [await import("../dist/index.js"), await import("../dist/validate.js")],
      [require("../dist/index.cjs"), require("../dist/validate.cjs")],
    ] as const;
    const details = {
      method: "GET",
      url: "http://127.0.0.1:1/distributions",
      status: 200,
      headers: new Headers(),
      bodyText: "{}",
    };
    for (const [main, validate] of builds) {
      let thrown: unknown;
      try {
        validate.validateResponses("Distributions", {}, details);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(main.ResponseValidationError);
      expect(thrown).toBeInstanceOf(main.ApiResponseError);
      expect((thrown as Error).message).toContain(`GET ${details.url} answered an invalid Distributions:\n`);
      expect((thrown as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    }
  });
});
