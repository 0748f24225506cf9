import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
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
        "Configuration",
        "DEFAULT_BASE_URL",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT_MS",
        "DistributionsApi",
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
});
