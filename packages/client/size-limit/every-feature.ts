// Stands in for the generated tables in the "every feature" size check: a fixed document whose rows use
// every field of `OperationSpec` (query parameters in every style, header parameters, text and JSON
// bodies and answers, a 204 beside a 200, retries) and a checked request body. Its budget is the
// runtime's, whatever the real document holds; a new `OperationSpec` field belongs here too.

import type { OperationSpec } from "../src/internal/operation-spec.js";
import { encodeRequest } from "../src/internal/parameters.js";

/** Three operations that between them use every field of `OperationSpec`. */
export const operationSpecs: { readonly [methodName: string]: OperationSpec } = {
  distributionsSnapshot: {
    method: "GET",
    path: "/distributions/{distribution}",
    args: true,
    query: { limit: "limit", states: "states", created: "created", tags: "tags", filter: "filter" },
    styles: { states: "%7C", created: ",", tags: "%20", filter: "deep" },
    headers: { xRequestTag: "X-Request-Tag" },
    encode: encodeRequest,
    returns: "Distributions",
    retry: true,
  },
  distributionsRename: {
    method: "POST",
    path: "/distributions/{distribution}/rename",
    args: true,
    body: "name",
    plain: true,
    encode: encodeRequest,
    text: true,
  },
  distributionsCreateNewDistribution: {
    method: "POST",
    path: "/distributions/create",
    args: true,
    body: "seededDistribution",
    returns: "Distribution",
    empty: [204],
  },
};

/** The create operation's body is checked. */
export const bodySchemas: { readonly [argument: string]: string } = {
  seededDistribution: "SeededDistribution",
};

/** A seed with a nested model. */
export const bodyShapes: { readonly [schema: string]: { readonly [property: string]: string | 0 } } = {
  SeededDistribution: { schema: "EmbeddedModelSchema", name: 0 },
  EmbeddedModelSchema: { migration: 0, semantic: 0 },
};
