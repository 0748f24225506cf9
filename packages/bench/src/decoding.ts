/**
 * Decoding: the cost of turning the N = 10 000 snapshot's bytes into objects, with the network taken out.
 * Every client gets an injected `fetch` that answers from memory with the pre-serialised bytes, so what
 * remains is the client's own work (reading the body, parsing, validating, converting), compared with
 * `JSON.parse` alone.
 */
import { createDistributionsClient } from "@pieces-distributions/client";
import { validateResponses } from "@pieces-distributions/client/validate";
import { validateDistributions } from "@pieces-distributions/models/validators";
import { officialSdk } from "./contenders/official.js";
import { bareOpenapiFetch } from "./contenders/openapi-fetch.js";
import { rawFetch } from "./contenders/raw-fetch.js";
import { makeSnapshot } from "./payloads.js";
import { collectGarbage, median, rotate } from "./stats.js";

/** One way of decoding the snapshot. */
export interface DecodingEntry {
  readonly key: string;
  readonly label: string;
  /** Decodes the snapshot once; resolves with the decoded value. */
  readonly decode: () => unknown;
}

/** Median milliseconds per decode of each entry in one run. */
export type DecodingMedians = Record<string, number>;

/** The reference every ratio divides by: the body's bytes decoded as UTF-8 and parsed. */
export const DECODING_BASELINE = "jsonParse";

/** Builds the decoding entries around one pre-serialised snapshot of `size` distributions. */
export function decodingEntries(size: number): DecodingEntry[] {
  const text = JSON.stringify(makeSnapshot(size));
  const bytes = new TextEncoder().encode(text);
  const headers = { "content-type": "application/json", "content-length": String(bytes.byteLength) };
  const inMemoryFetch = (async () => new Response(bytes, { status: 200, headers })) as typeof fetch;
  const baseUrl = "http://bench.invalid";
  const decoder = new TextDecoder();
  const expectValid = (value: unknown): unknown => {
    const result = validateDistributions(value);
    if (!result.ok) throw new Error("the snapshot does not validate");
    return result.value;
  };
  const ours = createDistributionsClient({ baseUrl, fetch: inMemoryFetch, validateResponses: false });
  const oursValidated = createDistributionsClient({ baseUrl, fetch: inMemoryFetch, validateResponses });
  const raw = rawFetch.make({ baseUrl, fetch: inMemoryFetch });
  const openapiFetch = bareOpenapiFetch.make({ baseUrl, fetch: inMemoryFetch });
  const official = officialSdk.make({ baseUrl, fetch: inMemoryFetch });
  return [
    {
      key: "jsonParseText",
      label: "JSON.parse(text) (text already decoded)",
      decode: () => JSON.parse(text),
    },
    {
      key: DECODING_BASELINE,
      label: "JSON.parse(UTF-8 decode of the body bytes)",
      decode: () => JSON.parse(decoder.decode(bytes)),
    },
    {
      key: "jsonParseValidate",
      label: "JSON.parse + validateDistributions",
      decode: () => expectValid(JSON.parse(decoder.decode(bytes))),
    },
    { key: "raw", label: "raw fetch: res.json() (in-memory Response)", decode: () => raw.snapshot() },
    {
      key: "ours",
      label: "our client, validateResponses: false",
      decode: () => ours.distributionsSnapshot(),
    },
    {
      key: "oursValidated",
      label: "our client, validateResponses: true",
      decode: () => oursValidated.distributionsSnapshot(),
    },
    { key: "openapiFetch", label: "bare openapi-fetch 0.17.0", decode: () => openapiFetch.snapshot() },
    { key: "official", label: "official SDK 4.1.0 (converts dates)", decode: () => official.snapshot() },
  ];
}

/** Checks that every entry decodes the whole snapshot (the smoke check). */
export async function verifyDecoding(entries: readonly DecodingEntry[], size: number): Promise<void> {
  for (const entry of entries) {
    const value = (await entry.decode()) as { iterable?: unknown[] } | null;
    if (value?.iterable?.length !== size)
      throw new Error(
        `decoding ${entry.key} gave ${value?.iterable?.length} distributions, expected ${size}`,
      );
  }
}

/** One run of the decoding benchmark. */
export interface DecodingRun {
  /** Median ms per decode of each entry. */
  readonly medians: DecodingMedians;
  /** The ms of each entry in each round, for ratios paired per round (see `decodingRatio`). */
  readonly rounds: readonly DecodingMedians[];
}

/** One run: `rounds` rounds, each decoding once with every entry in a rotated order. */
export async function measureDecoding(
  entries: readonly DecodingEntry[],
  rounds: number,
): Promise<DecodingRun> {
  const samples = new Map<string, number[]>(entries.map((entry) => [entry.key, []]));
  const roundTimes: DecodingMedians[] = [];
  for (const entry of entries) await entry.decode();
  for (let round = 0; round < rounds; round++) {
    const times: DecodingMedians = {};
    for (const entry of rotate(entries, round)) {
      collectGarbage();
      const start = performance.now();
      await entry.decode();
      const ms = performance.now() - start;
      times[entry.key] = ms;
      samples.get(entry.key)?.push(ms);
    }
    roundTimes.push(times);
  }
  const medians: DecodingMedians = {};
  for (const [key, values] of samples) medians[key] = median(values);
  return { medians, rounds: roundTimes };
}
