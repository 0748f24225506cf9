/**
 * The spec change the trial makes, as a maintainer would write it in the document: the kinds issue 11
 * lists (query parameters of several styles, one an object behind a `$ref`, and a header parameter; new optional fields with validation keywords, a nullable type with
 * an `x-*` key, formats, `oneOf` of `const` and integer, an `additionalProperties` schema, `int64`; a field on
 * both the seed and the stored model), a new operation the mock server serves from its store, with a
 * documented JSON error answer of a new component schema and a tag of its own, and a new untagged operation with an inline answer schema
 * on a concrete path beside that templated one, which the mock server answers with a value built from the
 * schema.
 */
import { type Document, parseDocument } from "yaml";

/** The new operation's id, as the document writes it. */
export const NEW_OPERATION_ID = "distributions_specific_distribution_snapshot";

const LABELS = {
  type: "array",
  minItems: 1,
  maxItems: 5,
  uniqueItems: true,
  items: { type: "string", pattern: "^[a-z][a-z0-9-]*$", maxLength: 20 },
  description: "Labels for finding the distribution again.",
};

const NEW_DISTRIBUTION_FIELDS = {
  labels: LABELS,
  note: { type: ["string", "null"], "x-pieces-internal": true, description: "A note, or null." },
  homepage: { type: "string", format: "uri" },
  priority: { oneOf: [{ const: "high" }, { type: "integer", minimum: 0, maximum: 9 }] },
  metadata: { type: "object", additionalProperties: { type: "string" }, minProperties: 1 },
  bytes: { type: "integer", format: "int64", minimum: 0 },
};

const SNAPSHOT_PARAMETERS = [
  {
    name: "limit",
    in: "query",
    required: false,
    description: "At most this many distributions.",
    schema: { type: "integer", format: "int32", minimum: 1 },
  },
  {
    name: "states",
    in: "query",
    style: "pipeDelimited",
    explode: false,
    description: "Only distributions in one of these states.",
    schema: { type: "array", items: { type: "string", enum: ["live", "deleted"] } },
  },
  {
    name: "created",
    in: "query",
    description: "Only distributions created in this range (form style: `after=...&before=...`).",
    schema: { $ref: "#/components/schemas/TimeRange" },
  },
  {
    name: "X-Request-Tag",
    in: "header",
    required: false,
    description: "A tag the caller's logs can find the request by.",
    schema: { type: "string", maxLength: 40 },
  },
];

const NEW_OPERATION = {
  get: {
    operationId: NEW_OPERATION_ID,
    // As in Pieces OS: the official SDK has this operation on \`DistributionApi\`, not \`DistributionsApi\`.
    tags: ["Distribution"],
    summary: "Get one distribution",
    description: "Returns the distribution with this id.",
    "x-mock-collection": "distributions",
    parameters: [
      {
        name: "distribution",
        in: "path",
        required: true,
        description: "The id (a uuid) of the distribution.",
        schema: { type: "string" },
      },
    ],
    responses: {
      "200": {
        description: "The distribution.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Distribution" } } },
      },
      "404": {
        description: "No distribution has this id.",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
      "500": { $ref: "#/components/responses/InternalServerError" },
    },
  },
};

/** The summary operation's id: an answer with an inline schema, on a path `NEW_OPERATION`'s template also fits. */
export const SUMMARY_OPERATION_ID = "distributions_summary";

const SUMMARY_OPERATION = {
  get: {
    operationId: SUMMARY_OPERATION_ID,
    // No tag: the official SDK would put it on \`DefaultApi\`.
    summary: "Count the distributions",
    description: "How many distributions Pieces OS holds, and when the newest was created.",
    responses: {
      "200": {
        description: "The counts.",
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["total"],
              properties: {
                total: { type: "integer", minimum: 0 },
                newest: { type: ["string", "null"], format: "date-time" },
              },
            },
          },
        },
      },
      "500": { $ref: "#/components/responses/InternalServerError" },
    },
  },
};

/** An object query parameter's schema, behind a `$ref`. */
const TIME_RANGE = {
  type: "object",
  properties: { after: { type: "integer", minimum: 0 }, before: { type: "integer", minimum: 0 } },
};

/** A JSON error answer's schema, new in the document: the new operation's 404 answers it. */
const PROBLEM = {
  type: "object",
  required: ["message"],
  properties: { message: { type: "string" }, code: { type: "integer" } },
};

/** Applies the trial's change to the document's YAML text; returns the new text. */
export function changeDocument(text: string): string {
  const document: Document = parseDocument(text);
  for (const [name, schema] of Object.entries(NEW_DISTRIBUTION_FIELDS))
    document.setIn(
      ["components", "schemas", "Distribution", "properties", name],
      document.createNode(schema),
    );
  document.setIn(
    ["components", "schemas", "SeededDistribution", "properties", "labels"],
    document.createNode(LABELS),
  );
  document.setIn(["components", "schemas", "Problem"], document.createNode(PROBLEM));
  document.setIn(["components", "schemas", "TimeRange"], document.createNode(TIME_RANGE));
  document.setIn(["paths", "/distributions", "get", "parameters"], document.createNode(SNAPSHOT_PARAMETERS));
  document.setIn(["paths", "/distributions/{distribution}"], document.createNode(NEW_OPERATION));
  // After the template it also fits, as a maintainer adding it later would write it.
  document.setIn(["paths", "/distributions/summary"], document.createNode(SUMMARY_OPERATION));
  return document.toString({ lineWidth: 0 });
}
