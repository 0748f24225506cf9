import { describe, expect, it } from "vitest";
import { apiNames, emitApis } from "../src/plugins/compat/apis.js";
import type { CompatOperation } from "../src/plugins/compat/emit.js";

/** An operation with only what the API classes read. */
function operation(methodName: string, tags: readonly string[]): CompatOperation {
  return { methodName, apis: apiNames(tags) } as unknown as CompatOperation;
}

describe("the compat entry's API classes", () => {
  it("names a class after each tag as typescript-fetch does, and DefaultApi without one", () => {
    expect(apiNames(["Distributions"])).toEqual(["DistributionsApi"]);
    expect(apiNames(["asset formats", "user-profile"])).toEqual(["AssetFormatsApi", "UserProfileApi"]);
    expect(apiNames(["Distribution", "Distribution"])).toEqual(["DistributionApi"]);
    expect(apiNames([])).toEqual(["DefaultApi"]);
    expect(apiNames(["--"])).toEqual(["DefaultApi"]);
  });

  it("puts each operation on the class of every tag it has, in the order the classes first appear", () => {
    const source = emitApis(
      [
        operation("list", ["Distributions"]),
        operation("one", ["Distribution", "Distributions"]),
        operation("count", []),
      ],
      { header: "// test", runtimeImport: ".." },
    );
    const defined = [...source.matchAll(/^defineOperations\((\w+), tables, (\[.*\])\);$/gm)].map(
      ([, api, methods]) => [api, JSON.parse(methods as string)],
    );
    expect(defined).toEqual([
      ["DistributionsApi", ["list", "one"]],
      ["DistributionApi", ["one"]],
      ["DefaultApi", ["count"]],
    ]);
    expect(source).toContain(
      'export interface DistributionApi extends Pick<CompatMethods, "one" | "oneRaw"> {}',
    );
    expect(source).toContain("export class DefaultApi extends BaseAPI {}");
  });
});
