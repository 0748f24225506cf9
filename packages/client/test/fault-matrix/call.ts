import type { DistributionsClient, RequestOptions } from "../../src/index.js";
import type { Operation } from "./expectations.js";

/** The id the matrix deletes (any id will do: the faulty server does not look at it). */
export const DELETED_ID = "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41";

/** The method and path each operation's request must use. */
export const REQUEST_LINE: Readonly<Record<Operation, { method: string; path: string }>> = {
  distributionsSnapshot: { method: "GET", path: "/distributions" },
  distributionsCreateNewDistribution: { method: "POST", path: "/distributions/create" },
  distributionsDeleteSpecificDistribution: { method: "POST", path: `/distributions/${DELETED_ID}/delete` },
};

/** Calls one operation of `client` with fixed arguments and these per-call options. */
export function callOperation(
  client: DistributionsClient,
  operation: Operation,
  options?: RequestOptions,
): Promise<unknown> {
  switch (operation) {
    case "distributionsSnapshot":
      return client.distributionsSnapshot(options);
    case "distributionsCreateNewDistribution":
      return client.distributionsCreateNewDistribution(
        { seededDistribution: { github: { gist: { name: "x.ts" } } } },
        options,
      );
    case "distributionsDeleteSpecificDistribution":
      return client.distributionsDeleteSpecificDistribution({ distribution: DELETED_ID }, options);
  }
}

/** How a call settled: resolved with a value or rejected with an error. */
export type Settled =
  | { readonly resolved: true; readonly value: unknown }
  | { readonly resolved: false; readonly error: unknown };

/**
 * Waits for `promise` to settle, failing with a clear message if it is still pending after `limitMs`
 * (a hang is the bug this guards against, so the limit is generous, not a performance figure).
 */
export async function settle(promise: Promise<unknown>, limitMs: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the call was still pending after ${limitMs} ms: it hangs`)),
      limitMs,
    );
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled => ({ resolved: true, value }),
        (error: unknown): Settled => ({ resolved: false, error }),
      ),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
