import { describe, expect, it } from "vitest";
import * as mockServer from "../src/index.js";

// A removed or renamed export is a breaking change: it must show up here as a deliberate edit.
describe("public surface", () => {
  it("exports these runtime names from @pieces-distributions/mock-server", () => {
    expect(Object.keys(mockServer).sort()).toMatchInlineSnapshot(`
      [
        "DataFileError",
        "MAX_BODY_BYTES",
        "buildDistribution",
        "createMemoryStore",
        "openFileStore",
        "startMockServer",
      ]
    `);
  });
});
