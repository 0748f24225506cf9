// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

/** The wire facts of one operation of the document. */
export interface OperationDescriptor {
  /** The document's operationId, such as `distributions_snapshot`. */
  readonly operationId: string;
  /** The HTTP method, lower case. */
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** The path template, such as `/distributions/{distribution}/delete`. */
  readonly path: string;
  /** The operation's one-line summary. */
  readonly summary: string;
  /** The names of the path parameters, in template order. */
  readonly pathParameters: readonly string[];
  /** The request body: whether it is required, its content type and the schema it must match. */
  readonly requestBody: { readonly required: boolean; readonly contentType: string; readonly schema: string } | null;
  /** The status of a successful answer. */
  readonly successStatus: number;
  /** Every documented answer by status: its content type and schema (`null` for none or plain text). */
  readonly responses: { readonly [status: string]: { readonly contentType: string | null; readonly schema: string | null } };
}

/** Every operation of the document, keyed by operationId, in document order. */
export const operations = {
  distributions_create_new_distribution: {
    "operationId": "distributions_create_new_distribution",
    "method": "post",
    "path": "/distributions/create",
    "summary": "Create a distribution",
    "pathParameters": [],
    "requestBody": {
      "required": false,
      "contentType": "application/json",
      "schema": "SeededDistribution"
    },
    "successStatus": 200,
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": "Distribution"
      },
      "500": {
        "contentType": "text/plain",
        "schema": null
      }
    }
  },
  distributions_delete_specific_distribution: {
    "operationId": "distributions_delete_specific_distribution",
    "method": "post",
    "path": "/distributions/{distribution}/delete",
    "summary": "Delete a distribution",
    "pathParameters": [
      "distribution"
    ],
    "requestBody": null,
    "successStatus": 204,
    "responses": {
      "204": {
        "contentType": null,
        "schema": null
      },
      "500": {
        "contentType": "text/plain",
        "schema": null
      }
    }
  },
  distributions_snapshot: {
    "operationId": "distributions_snapshot",
    "method": "get",
    "path": "/distributions",
    "summary": "List every distribution",
    "pathParameters": [],
    "requestBody": null,
    "successStatus": 200,
    "responses": {
      "200": {
        "contentType": "application/json",
        "schema": "Distributions"
      },
      "500": {
        "contentType": "text/plain",
        "schema": null
      }
    }
  },
} as const satisfies Record<string, OperationDescriptor>;

/** The operationId of every operation in the document. */
export type OperationId = keyof typeof operations;
