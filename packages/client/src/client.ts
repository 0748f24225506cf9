/**
 * `createDistributionsClient`: the client users create, its methods built from the generated operation
 * table (`generated/operations.ts`), one per operation of the OpenAPI document.
 */
import type { paths } from "@pieces-distributions/models";
import type { Client } from "openapi-fetch";
import { type OperationMethods, operationSpecs } from "./generated/operations.js";
import { buildClient } from "./internal/build-client.js";
import type { ClientOptions } from "./options.js";

/** A client of the Pieces OS Distributions API: one method per operation, a `...Raw` twin of each, and `raw`. */
export type DistributionsClient = OperationMethods & {
  /** The underlying openapi-fetch client, typed with the document's paths, for path-based calls. */
  readonly raw: Client<paths>;
};

/**
 * Creates a client of the Pieces OS Distributions API.
 *
 * @example
 * const client = createDistributionsClient({ baseUrl: "http://localhost:1000" });
 * const { iterable } = await client.distributionsSnapshot();
 */
export function createDistributionsClient(options?: ClientOptions): DistributionsClient {
  return buildClient<OperationMethods, paths>(operationSpecs, options);
}
