import { describe, expect, it } from "vitest";
import { InfoVersionNotFoundError, readInfoVersion, setInfoVersion } from "../src/spec-version.js";

const document = `openapi: 3.1.0
info:
  title: T
  # the version follows the models/client packages
  version: 1.0.0
  license:
    name: MIT
paths:
  /x:
    get:
      version: untouched
`;

describe("setInfoVersion", () => {
  it("changes only the info.version line, keeping comments and layout", () => {
    const updated = setInfoVersion(document, "1.2.0");
    expect(updated).toBe(document.replace("  version: 1.0.0", "  version: 1.2.0"));
    expect(readInfoVersion(updated)).toBe("1.2.0");
  });

  it("refuses a document whose info block has no version line", () => {
    expect(() => setInfoVersion("openapi: 3.1.0\ninfo:\n  title: T\npaths: {}\n", "1.2.0")).toThrow(
      InfoVersionNotFoundError,
    );
  });

  it("refuses a document without an info block", () => {
    expect(() => setInfoVersion("openapi: 3.1.0\npaths: {}\n", "1.2.0")).toThrow(
      /no top-level `info:` block/,
    );
  });
});
