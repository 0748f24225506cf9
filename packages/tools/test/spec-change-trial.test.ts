/**
 * The product's one workflow, end to end, on a copy of the repository: the document changes (the kinds of
 * change issue 11 lists, test/helpers/spec-change.ts), each package's `generate` and `build` run with no
 * other edit, the regenerated client type-checks as a caller writes it, and the built client talks to the
 * built mock server about everything the change added.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { copyRepository, type RepositoryCopy } from "./helpers/repository-copy.js";
import { changeDocument } from "./helpers/spec-change.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const FIXTURES = path.resolve(import.meta.dirname, "fixtures/spec-change-trial");
const DOCUMENT = "openapi/pieces-os-distributions.yaml";
const require = createRequire(import.meta.url);
const TSX = require.resolve("tsx/cli");

/** Generating, building three packages and type-checking the client: about 40 s alone on 2 cores. */
const TRIAL_TIMEOUT_MS = 300_000;

/** One check of `size-limit --json`. */
interface SizeCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
}

let copy: RepositoryCopy;
let report: Record<string, unknown>;

function inPackage(name: "models" | "client" | "mock-server", command: string, args: string[]): string {
  return run(command, args, { cwd: copy.packageDir(name) });
}

beforeAll(() => {
  copy = copyRepository(ROOT);
  const documentPath = path.join(copy.root, DOCUMENT);
  writeFileSync(documentPath, changeDocument(readFileSync(documentPath, "utf8")));
  inPackage("models", process.execPath, [TSX, "scripts/generate.ts"]);
  inPackage("client", process.execPath, [TSX, "scripts/generate.ts"]);
  for (const name of ["models", "client", "mock-server"] as const)
    inPackage(name, "node_modules/.bin/tsup", []);
  mkdirSync(path.join(copy.packageDir("client"), "test"));
  copyFileSync(
    path.join(FIXTURES, "typed-calls.ts"),
    path.join(copy.packageDir("client"), "test/typed-calls.ts"),
  );
  copyFileSync(path.join(FIXTURES, "calls.mjs"), path.join(copy.root, "calls.mjs"));
  const output = run(process.execPath, ["calls.mjs"], { cwd: copy.root });
  report = JSON.parse(output.trim().split("\n").at(-1) ?? "null") as Record<string, unknown>;
}, TRIAL_TIMEOUT_MS);

afterAll(() => copy?.remove());

describe("a spec change regenerates with no hand edits", () => {
  it(
    "type-checks the regenerated client as a caller uses it: new method, optional query and header parameters, typed fields",
    () => {
      expect(() =>
        inPackage("client", process.execPath, [
          require.resolve("typescript/bin/tsc"),
          "--noEmit",
          "-p",
          "tsconfig.json",
        ]),
      ).not.toThrow();
    },
    TRIAL_TIMEOUT_MS,
  );

  it("round-trips a field that the seed and the stored model both gained, through create, the new operation and /compat", () => {
    expect(report.createdLabels).toEqual(["trial", "spec-change"]);
    expect(report.one).toEqual({ sameId: true, labels: ["trial", "spec-change"] });
    expect(report.compatLabels).toEqual(["trial", "spec-change"]);
    expect(report.snapshotIds).toEqual([true]);
  });

  it("sends the query parameter in the URL and the header parameter as a header, under their wire names", () => {
    expect(report.sent).toContainEqual({ url: "/distributions?limit=5", tag: "trial-run" });
    expect(report.sent).toContainEqual({
      url: "/distributions?states=live%7Cdeleted&after=1&before=2",
      tag: null,
    });
  });

  it("puts each operation on the compat class of its tag, as the official SDK does (DefaultApi without one)", () => {
    expect(report.compatClasses).toEqual({
      DistributionsApi: [
        "distributionsCreateNewDistribution",
        "distributionsDeleteSpecificDistribution",
        "distributionsSnapshot",
      ],
      DistributionApi: ["distributionsSpecificDistributionSnapshot"],
      DefaultApi: ["distributionsSummary"],
    });
  });

  it("serves an inline answer schema with a value built from it, on a concrete path before the template that also fits it", () => {
    expect(report.summary).toEqual({ totalType: "number", keys: expect.arrayContaining(["total"]) });
    expect(report.compatSummaryTotal).toBe("number");
  });

  it("has the mock server decode and validate the new parameters in their styles, and serve the new operation from its store", () => {
    expect(report.limitZero).toMatchObject({ status: 500, bodyText: expect.stringContaining("limit") });
    expect(report.unknownId).toEqual({ status: 500, bodyText: "distribution not found: no-such-id" });
    expect(report.styledCount).toBe(1);
    expect(report.badState).toMatchObject({
      status: 500,
      bodyText: expect.stringContaining("query parameter states"),
    });
    expect(report.badRange).toMatchObject({
      status: 500,
      bodyText: expect.stringContaining("/after: must be >= 0"),
    });
  });

  it(
    "keeps the client within its size budget, whose limit follows the document's tables with no hand edit",
    async () => {
      const checks = JSON.parse(
        inPackage("client", "node_modules/.bin/size-limit", ["--json"]),
      ) as SizeCheck[];
      expect(checks.map(({ name, passed }) => ({ name, passed }))).toEqual(
        checks.map(({ name }) => ({ name, passed: true })),
      );
      // The unchanged document's limits, as the repository's own config computes them.
      const unchanged = (await import(path.join(ROOT, "packages/client/.size-limit.js"))) as {
        default: { limit: string }[];
      };
      // The change made the bundle outgrow the old limit: a fixed budget would have needed a hand edit.
      expect(checks[0]?.size).toBeGreaterThan(Number.parseInt(unchanged.default[0]?.limit ?? "", 10));
    },
    TRIAL_TIMEOUT_MS,
  );

  it("validates the new fields' keywords, naming the JSON path", () => {
    expect(report.emptyLabels).toMatchObject({ ok: false, problems: [{ path: "/labels" }] });
    expect(report.badLabel).toMatchObject({ ok: false, problems: [{ path: "/labels/0" }] });
    expect(report.nullNote).toBe(true);
    expect(report.priority).toEqual([true, false]);
  });
});
