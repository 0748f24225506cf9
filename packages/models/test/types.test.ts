import { describe, expectTypeOf, it } from "vitest";
import type {
  AccessEnum,
  Distribution,
  Distributions,
  FlattenedAsset,
  FlattenedShare,
  GitHubGistDistribution,
  GroupedTimestamp,
  MailgunMetadata,
  operations,
  paths,
  SeededDistribution,
  SeededGitHubGistDistribution,
} from "../src/index.js";

describe("generated types follow the wire format", () => {
  it("types a gist's public flag as a required boolean and github_id as a string", () => {
    expectTypeOf<GitHubGistDistribution["public"]>().toEqualTypeOf<boolean>();
    expectTypeOf<GitHubGistDistribution["github_id"]>().toEqualTypeOf<string>();
    // @ts-expect-error a published gist must say whether it is public
    const gist: GitHubGistDistribution = {
      name: "a.ts",
      recipients: { iterable: [] },
      created: { value: "2026-11-28T09:15:00Z" },
      updated: { value: "2026-11-28T09:15:00Z" },
      github_id: "1",
      url: "https://gist.github.com/1",
    };
    void gist;
  });

  it("leaves public optional on a seeded gist, which defaults to true", () => {
    expectTypeOf<SeededGitHubGistDistribution>().toHaveProperty("public");
    expectTypeOf<SeededGitHubGistDistribution["public"]>().toEqualTypeOf<boolean | undefined>();
    const seed: SeededGitHubGistDistribution = { name: "a.ts" };
    expectTypeOf(seed.name).toEqualTypeOf<string>();
  });

  it("nests a FlattenedShare in a Distribution and keeps the wire names short and messageId", () => {
    expectTypeOf<Distribution["share"]>().toEqualTypeOf<FlattenedShare>();
    expectTypeOf<FlattenedShare["short"]>().toEqualTypeOf<string>();
    expectTypeOf<FlattenedShare["access"]>().toEqualTypeOf<AccessEnum>();
    expectTypeOf<MailgunMetadata["messageId"]>().toEqualTypeOf<string>();
    expectTypeOf<Distributions["iterable"]>().toEqualTypeOf<Distribution[]>();
  });

  it("types enums as unions of their wire values", () => {
    expectTypeOf<AccessEnum>().toEqualTypeOf<"UNKNOWN" | "PUBLIC" | "PRIVATE">();
  });

  it("types timestamps as strings and the asset boundary as an open object", () => {
    expectTypeOf<GroupedTimestamp["value"]>().toEqualTypeOf<string>();
    expectTypeOf<FlattenedAsset>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("rejects a misspelt field in a seeded distribution", () => {
    const ok: SeededDistribution = { github: { gist: { name: "a.ts", public: false } } };
    void ok;
    // @ts-expect-error "gists" is not a field of SeededGitHubDistribution
    const misspelt: SeededDistribution = { github: { gists: { name: "a.ts" } } };
    void misspelt;
  });

  it("describes the three operations under their paths", () => {
    expectTypeOf<paths["/distributions"]["get"]>().toEqualTypeOf<operations["distributions_snapshot"]>();
    expectTypeOf<
      operations["distributions_snapshot"]["responses"][200]["content"]["application/json"]
    >().toEqualTypeOf<Distributions>();
    expectTypeOf<
      operations["distributions_delete_specific_distribution"]["parameters"]["path"]["distribution"]
    >().toEqualTypeOf<string>();
    expectTypeOf<
      operations["distributions_create_new_distribution"]["responses"][500]["content"]["text/plain"]
    >().toEqualTypeOf<string>();
  });
});
