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
    "extensions": {},
    "mockAnswer": {
      "status": 200,
      "contentType": "application/json",
      "json": {
        "schema": {
          "migration": 0,
          "semantic": "MAJOR_0_MINOR_0_PATCH_1"
        },
        "id": "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41",
        "share": {
          "id": "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
          "link": "https://pieces.link/s/Ab3dE9",
          "short": "Ab3dE9",
          "access": "PUBLIC",
          "accessors": {
            "iterable": []
          },
          "created": {
            "value": "2026-11-28T09:15:00.000Z",
            "readable": "28 Nov 2026, 09:15"
          }
        },
        "created": {
          "value": "2026-11-28T09:15:00.000Z",
          "readable": "28 Nov 2026, 09:15"
        },
        "updated": {
          "value": "2026-11-28T09:15:00.000Z",
          "readable": "28 Nov 2026, 09:15"
        },
        "github": {
          "gist": {
            "name": "debounce.ts",
            "description": "A typed debounce helper",
            "public": true,
            "recipients": {
              "iterable": [
                {
                  "username": "octocat",
                  "sourced": "GIT_HUB"
                }
              ]
            },
            "created": {
              "value": "2026-11-28T09:15:00.000Z"
            },
            "updated": {
              "value": "2026-11-28T09:15:00.000Z"
            },
            "github_id": "aa5a315d61ae9438b18d",
            "url": "https://gist.github.com/octocat/aa5a315d61ae9438b18d"
          }
        }
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
    "extensions": {},
    "mockAnswer": {
      "status": 204
    }
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
    "extensions": {},
    "mockAnswer": {
      "status": 200,
      "contentType": "application/json",
      "json": {
        "iterable": [
          {
            "schema": {
              "migration": 0,
              "semantic": "MAJOR_0_MINOR_0_PATCH_1"
            },
            "id": "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41",
            "share": {
              "id": "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
              "link": "https://pieces.link/s/Ab3dE9",
              "short": "Ab3dE9",
              "access": "PUBLIC",
              "accessors": {
                "iterable": []
              },
              "created": {
                "value": "2026-11-28T09:15:00.000Z",
                "readable": "28 Nov 2026, 09:15"
              }
            },
            "created": {
              "value": "2026-11-28T09:15:00.000Z",
              "readable": "28 Nov 2026, 09:15"
            },
            "updated": {
              "value": "2026-11-28T09:15:00.000Z",
              "readable": "28 Nov 2026, 09:15"
            },
            "github": {
              "gist": {
                "name": "debounce.ts",
                "description": "A typed debounce helper",
                "public": true,
                "recipients": {
                  "iterable": [
                    {
                      "username": "octocat",
                      "sourced": "GIT_HUB"
                    }
                  ]
                },
                "created": {
                  "value": "2026-11-28T09:15:00.000Z"
                },
                "updated": {
                  "value": "2026-11-28T09:15:00.000Z"
                },
                "github_id": "aa5a315d61ae9438b18d",
                "url": "https://gist.github.com/octocat/aa5a315d61ae9438b18d"
              }
            }
          }
        ]
      }
    }
  },
} as const satisfies Record<string, OperationDescriptor>;

/** The operationId of every operation in the document. */
export type OperationId = keyof typeof operations;
