import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as compat from "../src/compat/index.js";
import * as entry from "../src/index.js";

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
});
