/**
 * The goals of issues 6 and 15, each judged on the figures of one session. A ratio goal takes the median
 * over runs of each run's paired ratio (`stats.ts`), so that one noisy run cannot decide it alone.
 */
import type { BenchResults, LatencyRow } from "./run.js";
import { pairedRatio } from "./stats.js";

/** Where one goal stands, and the figure that decides it. */
export interface Goal {
  readonly goal: string;
  readonly met: boolean;
  readonly figure: string;
}

/** Issue 15's installed-size goal: `npm i @pieces-distributions/client`, dependencies included, on disk. */
function installedGoal(results: BenchResults): Goal {
  const limit = 600_000;
  const client = results.installed.find((size) => size.name === "@pieces-distributions/client");
  const disk = client?.diskBytes ?? Number.NaN;
  return {
    goal: `npm i @pieces-distributions/client at most ${limit.toLocaleString("en-US")} bytes on disk`,
    met: disk <= limit,
    figure: `${disk.toLocaleString("en-US")} bytes (${client?.packages.join(", ")})`,
  };
}

/** Judges every goal: the latency goals of issue 15, then the decoding and type-check goals of issue 6. */
export function evaluateGoals(results: BenchResults): Goal[] {
  // `of / to` on every latency row `keep` selects must be at most `limit`; the figure names the worst.
  const latency = (
    goal: string,
    of: string,
    to: string,
    limit: number,
    keep = (_: LatencyRow) => true,
  ): Goal => {
    const cells = results.latency.filter(keep).map((row) => ({
      name: `${row.workload.label}, ${row.mode === "sequential" ? "sequential" : "in flight"}`,
      ...pairedRatio(row.runs, of, to),
    }));
    const worst = cells.reduce((a, b) => (b.median > a.median ? b : a));
    const over = cells.filter((c) => c.median > limit).map((c) => `${c.name} ${c.median.toFixed(3)}`);
    const runs = worst.perRun.map((ratio) => ratio.toFixed(3)).join(" / ");
    const figure = `worst ${worst.median.toFixed(3)} (${worst.name}; runs ${runs})`;
    return {
      goal,
      met: over.length === 0,
      figure: over.length ? `${figure}; over ${limit}: ${over.join(", ")}` : figure,
    };
  };
  const decoding = (key: string, what: string, limit: number): Goal => {
    const ratio = pairedRatio(results.decoding, key, "jsonParse").median;
    const goal = `Snapshot N=${results.config.decodingSize} ${what} at most ${limit}x JSON.parse`;
    return { goal, met: ratio <= limit, figure: `${ratio.toFixed(3)}x` };
  };
  const tscMs = (key: string) => results.typecheck.find((timing) => timing.key === key)?.wallMs ?? Number.NaN;
  const large = (row: LatencyRow) => row.workload.operation === "snapshot" && row.workload.size >= 100;
  return [
    latency(
      "With its defaults, the client at most 1.05x raw fetch + timeout, every operation and N, sequential and 32 in flight",
      "ours",
      "rawTimeout",
      1.05,
    ),
    latency(
      "With timeoutMs: 0, the client at most 1.05x raw fetch without a signal, every operation and N",
      "oursNoTimeout",
      "raw",
      1.05,
    ),
    latency(
      "Never slower than the official SDK at N >= 100 (defaults / official at most 1)",
      "ours",
      "official",
      1,
      large,
    ),
    latency(
      "At N = 1 (GET N=1, create, delete) no slower than the official SDK with timeoutMs: 0",
      "oursNoTimeout",
      "official",
      1,
      (row) => !large(row),
    ),
    latency(
      "A 204's empty body is not read (delete, timeoutMs: 0, at most the official SDK, which does not read it)",
      "oursNoTimeout",
      "official",
      1,
      (row) => row.workload.operation === "delete",
    ),
    decoding("ours", "without validation", 1.02),
    decoding("oursValidated", "with validateResponses", 1.3),
    installedGoal(results),
    {
      goal: "Consumer type-check no slower than with the official SDK",
      met: tscMs("ours") <= tscMs("official"),
      figure: `${tscMs("ours").toFixed(0)} ms vs ${tscMs("official").toFixed(0)} ms (tsc wall time, median)`,
    },
  ];
}
