import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELEASED_SPEC_PATH, SPEC_PATH } from "../src/repository.js";
import { formatReport, specDiff } from "../src/spec-diff.js";
import { repositoryRoot } from "./helpers/fixture-workspace.js";

describe("the repository's OpenAPI document", () => {
  it("changed since the last release only as far as the pending changesets' bump allows", async () => {
    const options = {
      root: repositoryRoot,
      basePath: path.join(repositoryRoot, RELEASED_SPEC_PATH),
      headPath: path.join(repositoryRoot, SPEC_PATH),
    };
    const result = await specDiff(options);
    // On failure the message is the spec:diff report: the changes, the bump they need, what is pending.
    expect(result.ok, formatReport(result, options)).toBe(true);
  });
});
