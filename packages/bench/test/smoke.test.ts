import { beforeAll, describe, expect, it } from "vitest";
import { smokeConfig } from "../src/config.js";
import { evaluateGoals } from "../src/goals.js";
import { renderReport } from "../src/report.js";
import { type BenchResults, runBench } from "../src/run.js";

// The harness in smoke mode: tiny counts, one run. Nothing here looks at how fast anything is; the tests
// only pin down that every contender works and that every figure RESULTS.md needs is produced.
let results: BenchResults;
beforeAll(async () => {
  results = await runBench(smokeConfig);
}, 480_000); // 63 s in a cold `pnpm test` on 2 cores, 157 s at a load average of 47 (it runs tsc three times)

const CONTENDERS = ["raw", "rawTimeout", "ours", "oursNoTimeout", "openapiFetch", "official"];

describe("bench smoke run", () => {
  it("completes every section", () => {
    expect(results.failures).toEqual([]);
  });

  it("times every contender on every workload, sequentially and concurrently", () => {
    expect(results.latency).toHaveLength(smokeConfig.workloads.length * 2);
    for (const row of results.latency) {
      expect(row.runs).toHaveLength(1);
      const medians = row.runs[0]?.medians ?? {};
      expect(Object.keys(medians).sort()).toEqual([...CONTENDERS].sort());
      for (const value of Object.values(medians)) expect(value).toBeGreaterThan(0);
    }
  });

  it("decodes the large snapshot with every decoder, validation on and off", () => {
    const run = results.decoding.runs[0]?.medians ?? {};
    for (const key of [
      "jsonParse",
      "jsonParseText",
      "raw",
      "ours",
      "oursValidated",
      "openapiFetch",
      "official",
    ])
      expect(run[key], key).toBeGreaterThan(0);
  });

  it("measures the installed size of each package with its dependencies", () => {
    const ours = results.installed.find((i) => i.name === "@pieces-distributions/client");
    expect(ours?.packages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^@pieces-distributions\/models@/),
        expect.stringMatching(/^openapi-fetch@/),
      ]),
    );
    for (const installed of results.installed) expect(installed.files).toBeGreaterThan(0);
  });

  it("type-checks every consumer file without errors and times it", () => {
    expect(results.typecheck.map((t) => t.key)).toEqual(["baseline", "ours", "official"]);
    for (const timing of results.typecheck) expect(timing.wallMs).toBeGreaterThan(0);
  });

  it("judges every goal and renders every section of RESULTS.md", () => {
    const goals = evaluateGoals(results);
    expect(goals).toHaveLength(8);
    for (const goal of goals) expect(goal.figure, goal.goal).not.toBe("not measured");
    const markdown = renderReport(results);
    for (const heading of [
      "## Goals",
      "## Latency against the loopback server",
      "## Decoding",
      "## Installed size",
      "## Type-check time of a consumer file",
    ])
      expect(markdown).toContain(heading);
    expect(markdown).not.toContain("NaN");
  });
});
