/**
 * Decoding: the N = 10 000 snapshot's bytes turned into objects, the network taken out. Every client gets
 * an injected `fetch` answering from memory, so what remains is its own work (reading the body, parsing,
 * validating, converting), set against `JSON.parse`.
 */
import { validateResponses } from "@pieces-distributions/client/validate";
import { validateDistributions } from "@pieces-distributions/models/validators";
import { bareOpenapiFetch, officialSdk, ourClient, rawFetch } from "./contenders.js";
import { makeSnapshot } from "./payloads.js";
import { type PairedRun, pairedRounds } from "./stats.js";

/** One way of decoding the snapshot; the ratios divide by `jsonParse`. */
export interface Decoder {
  readonly key: string;
  readonly label: string;
  readonly decode: () => unknown;
}

/** The decoders, around one snapshot of `size` distributions serialised once. */
export function makeDecoders(size: number): Decoder[] {
  const text = JSON.stringify(makeSnapshot(size));
  const bytes = new TextEncoder().encode(text);
  const headers = { "content-type": "application/json", "content-length": String(bytes.byteLength) };
  const inMemory = (async () => new Response(bytes, { status: 200, headers })) as typeof fetch;
  const utf8 = new TextDecoder();
  const parse = () => JSON.parse(utf8.decode(bytes));
  const validated = () => {
    const result = validateDistributions(parse());
    if (!result.ok) throw new Error("the snapshot does not validate");
    return result.value;
  };
  const base = "http://bench.invalid";
  const entry = (key: string, label: string, decode: () => unknown): Decoder => ({ key, label, decode });
  return [
    entry("jsonParseText", "JSON.parse(text) (text already decoded)", () => JSON.parse(text)),
    entry("jsonParse", "JSON.parse(UTF-8 decode of the body bytes)", parse),
    entry("jsonParseValidate", "JSON.parse + validateDistributions", validated),
    entry("raw", "raw fetch: res.json() (in-memory Response)", rawFetch(false)(base, inMemory).snapshot),
    entry("ours", "our client, validateResponses: false", ourClient({})(base, inMemory).snapshot),
    entry(
      "oursValidated",
      "our client, validateResponses: true",
      ourClient({ validateResponses })(base, inMemory).snapshot,
    ),
    entry("openapiFetch", "bare openapi-fetch 0.17.0", bareOpenapiFetch(base, inMemory).snapshot),
    entry("official", "official SDK 4.1.0 (converts dates)", officialSdk(base, inMemory).snapshot),
  ];
}

/** One run: a warm-up decode with each decoder, then `rounds` paired rounds of one timed decode each (ms). */
export async function measureDecoding(all: readonly Decoder[], rounds: number): Promise<PairedRun> {
  for (const { decode } of all) await decode();
  return pairedRounds(all, rounds, async ({ decode }) => {
    const start = performance.now();
    await decode();
    return [performance.now() - start];
  });
}
