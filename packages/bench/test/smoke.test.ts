import type { Distribution, Distributions } from "@pieces-distributions/models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contenders } from "../src/contenders.js";
import { makeDecoders } from "../src/decoding.js";
import { evaluateGoals } from "../src/goals.js";
import { createdDistribution } from "../src/payloads.js";
import { renderReport } from "../src/report.js";
import { type BenchResults, runBench, smokeConfig } from "../src/run.js";
import { type BenchServer, startBenchServer } from "../src/server.js";

// The harness in smoke mode: tiny counts, one run. Nothing here looks at how fast anything is; the tests
// only pin down that every contender and decoder gives the right answers and that every figure RESULTS.md
// needs is produced.
let results: BenchResults;
let server: BenchServer;
beforeAll(async () => {
  results = await runBench(smokeConfig);
  server = await startBenchServer();
}, 480_000); // 63 s in a cold `pnpm test` on 2 cores, 157 s at a load average of 47 (it runs tsc three times)
afterAll(() => server?.close(), 30_000);

const CONTENDERS = ["raw", "rawTimeout", "ours", "oursNoTimeout", "openapiFetch", "official"];
const DECODERS = [
  "jsonParseText",
  "jsonParse",
  "jsonParseValidate",
  "raw",
  "ours",
  "oursValidated",
  "openapiFetch",
  "official",
];

describe("bench smoke run", () => {
  it("has every contender answer the bench server's three operations as the payloads say", async () => {
    expect(contenders.map((contender) => contender.key)).toEqual(CONTENDERS);
    for (const { label, make } of contenders) {
      const calls = make(`${server.origin}/n100`);
      expect(((await calls.snapshot()) as Distributions).iterable, label).toHaveLength(100);
      expect(((await calls.create()) as Distribution).id, label).toBe(createdDistribution.id);
      await expect(calls.delete(), label).resolves.toBeUndefined();
    }
  }, 30_000);

  it("has every decoder decode the whole large snapshot, validation on and off", async () => {
    const decoders = makeDecoders(smokeConfig.decodingSize);
    expect(decoders.map((decoder) => decoder.key)).toEqual(DECODERS);
    for (const { key, decode } of decoders)
      expect(((await decode()) as Distributions).iterable, key).toHaveLength(smokeConfig.decodingSize);
  }, 30_000);

  it("times every contender on every workload, sequentially and concurrently", () => {
    expect(results.latency).toHaveLength(smokeConfig.workloads.length * 2);
    for (const row of results.latency) {
      expect(row.runs).toHaveLength(1);
      const medians = row.runs[0]?.medians ?? {};
      expect(Object.keys(medians).sort()).toEqual([...CONTENDERS].sort());
      for (const value of Object.values(medians)) expect(value).toBeGreaterThan(0);
    }
  });

  it("times every decoder", () => {
    const medians = results.decoding[0]?.medians ?? {};
    for (const key of DECODERS) expect(medians[key], key).toBeGreaterThan(0);
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
    for (const timing of results.typecheck) {
      expect(timing.wallMs).toBeGreaterThan(0);
      expect(timing.files).toBeGreaterThan(0);
    }
  });

  it("judges every goal and renders every section of RESULTS.md", () => {
    const goals = evaluateGoals(results);
    expect(goals).toHaveLength(9);
    for (const goal of goals) expect(goal.figure, goal.goal).not.toMatch(/NaN|undefined/);
    const markdown = renderReport(results);
    for (const heading of [
      "## Goals",
      "## Latency against the loopback server",
      "## Decoding",
      "## Installed size",
      "## Type-check time of a consumer file",
    ])
      expect(markdown).toContain(heading);
    expect(markdown).not.toMatch(/NaN|undefined/);
  });
});
