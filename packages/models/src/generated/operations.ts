// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.

import type { OperationDescriptor } from "../operation-descriptor.js";

/** Every operation of the document, keyed by operationId, in document order. */
export const operations = {
  distributions_create_new_distribution: {
    "operationId": "distributions_create_new_distribution",
    "method": "post",
    "path": "/distributions/create",
    "summary": "Create a distribution",
    "pathParameters": [],
    "parameters": [],
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
    },
    "extensions": {}
  },
  distributions_delete_specific_distribution: {
    "operationId": "distributions_delete_specific_distribution",
    "method": "post",
    "path": "/distributions/{distribution}/delete",
    "summary": "Delete a distribution",
    "pathParameters": [
      "distribution"
    ],
    "parameters": [],
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
    },
    "extensions": {}
  },
  distributions_snapshot: {
    "operationId": "distributions_snapshot",
    "method": "get",
    "path": "/distributions",
    "summary": "List every distribution",
    "pathParameters": [],
    "parameters": [],
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
    },
    "extensions": {}
  },
} as const satisfies Record<string, OperationDescriptor>;

/** The operationId of every operation in the document. */
export type OperationId = keyof typeof operations;
