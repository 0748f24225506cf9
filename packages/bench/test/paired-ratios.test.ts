import { describe, expect, it } from "vitest";
import { decodingRatio, latencyRatio } from "../src/goals.js";
import type { LatencyMeasurement } from "../src/latency.js";
import type { BenchResults } from "../src/run.js";

/** A run of two contenders, `raw` and `ours`, from their per-round medians. */
function run(rounds: ReadonlyArray<readonly [raw: number, ours: number]>, medians = { raw: 0, ours: 0 }) {
  return {
    medians: { ...medians, rawTimeout: 0, oursNoTimeout: 0, openapiFetch: 0, official: 0 },
    rounds: rounds.map(([raw, ours]) => ({
      raw,
      ours,
      rawTimeout: 0,
      oursNoTimeout: 0,
      openapiFetch: 0,
      official: 0,
    })),
    samples: rounds.length,
  } satisfies LatencyMeasurement;
}

describe("latencyRatio: how a latency goal reads a run", () => {
  it("takes the median of the paired per-round ratios, which a machine slowing down between rounds does not move", () => {
    // The machine halves its speed after the first two rounds; ours is always 4 % slower than raw in its round.
    const drifting = run(
      [
        [100, 104],
        [100, 104],
        [200, 208],
        [200, 208],
        [200, 208],
      ],
      // Whole-run medians of samples that mix both speeds could land anywhere between the two.
      { raw: 100, ours: 208 },
    );

    expect(latencyRatio([drifting], "ours", "raw").median).toBeCloseTo(1.04, 10);
  });

  it("reports each run's ratio and the median over runs", () => {
    const { median, perRun } = latencyRatio(
      [run([[100, 110]]), run([[100, 102]]), run([[100, 104]])],
      "ours",
      "raw",
    );

    expect(perRun.map((r) => Number(r.toFixed(2)))).toEqual([1.1, 1.02, 1.04]);
    expect(median).toBeCloseTo(1.04, 10);
  });

  it("falls back to the ratio of the run's medians for a run recorded without rounds", () => {
    const withoutRounds = { ...run([], { raw: 200, ours: 210 }), rounds: [] };

    expect(latencyRatio([withoutRounds], "ours", "raw").median).toBeCloseTo(1.05, 10);
  });
});

describe("decodingRatio: how a decoding goal reads a run", () => {
  it("takes the median of the paired per-round ratios to the baseline", () => {
    // JSON.parse and our client slow down together in the last two rounds; ours is 2 % slower in each round.
    const rounds = [40, 40, 40, 60, 60].map((ms) => ({ jsonParse: ms, ours: ms * 1.02 }));
    const results = {
      decoding: { runs: [{ medians: { jsonParse: 40, ours: 61.2 }, rounds }] },
    } as unknown as BenchResults;

    expect(decodingRatio(results, "ours")).toBeCloseTo(1.02, 10);
  });
});
