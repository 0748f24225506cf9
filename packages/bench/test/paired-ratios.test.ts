import { describe, expect, it } from "vitest";
import { type PairedRun, pairedRatio, pairedRounds } from "../src/stats.js";

/** A run of two entries, `raw` and `ours`, from their per-round medians (and the whole run's medians). */
function run(
  rounds: ReadonlyArray<readonly [raw: number, ours: number]>,
  medians = { raw: 0, ours: 0 },
): PairedRun {
  return { medians, rounds: rounds.map(([raw, ours]) => ({ raw, ours })) };
}

describe("pairedRatio: how a goal reads a run", () => {
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

    expect(pairedRatio([drifting], "ours", "raw").median).toBeCloseTo(1.04, 10);
  });

  it("reports each run's ratio and the median over runs", () => {
    const { median, perRun } = pairedRatio(
      [run([[100, 110]]), run([[100, 102]]), run([[100, 104]])],
      "ours",
      "raw",
    );

    expect(perRun.map((r) => Number(r.toFixed(2)))).toEqual([1.1, 1.02, 1.04]);
    expect(median).toBeCloseTo(1.04, 10);
  });

  it("falls back to the ratio of the run's medians for a run recorded without rounds", () => {
    expect(pairedRatio([run([], { raw: 200, ours: 210 })], "ours", "raw").median).toBeCloseTo(1.05, 10);
  });

  it("pairs decoding rounds with the baseline the same way", () => {
    // JSON.parse and our client slow down together in the last two rounds; ours is 2 % slower in each round.
    const rounds = [40, 40, 40, 60, 60].map((ms) => ({ jsonParse: ms, ours: ms * 1.02 }));

    expect(
      pairedRatio([{ medians: { jsonParse: 40, ours: 61.2 }, rounds }], "ours", "jsonParse").median,
    ).toBeCloseTo(1.02, 10);
  });
});

describe("pairedRounds: how a run is recorded", () => {
  it("visits every entry once per round, each round starting one entry later, and keeps each round's median", async () => {
    const order: string[] = [];
    const times: Record<string, number[]> = { a: [1, 2, 9], b: [4, 5, 6], c: [7, 8, 30] };
    const result = await pairedRounds([{ key: "a" }, { key: "b" }, { key: "c" }], 3, async ({ key }) => {
      order.push(key);
      return (times[key] ?? []).map((t) => t * order.length);
    });

    expect(order).toEqual(["a", "b", "c", "b", "c", "a", "c", "a", "b"]);
    // Round medians are those of the times returned in that round (scaled by the turn's position overall).
    expect(result.rounds).toEqual([
      { a: 2, b: 10, c: 24 },
      { b: 20, c: 40, a: 12 },
      { c: 56, a: 16, b: 45 },
    ]);
    // The run's median of an entry is over all its samples, not the median of its round medians.
    expect(result.medians.a).toBe(9);
  });
});
