// Generated from openapi/pieces-os-distributions.yaml by packages/models/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.
export interface paths {
    "/distributions/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a distribution
         * @description Publishes a new distribution from a seed: e-mail recipients (`mailgun`), a GitHub gist (`github.gist`), or both. Pieces OS answers with the complete distribution it created, including its share.
         */
        post: operations["distributions_create_new_distribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/distributions/{distribution}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a distribution
         * @description Removes one distribution, named by its id. Pieces OS answers with an empty body.
         */
        post: operations["distributions_delete_specific_distribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every distribution
         * @description Returns a snapshot of all the distributions Pieces OS holds, in the order they were created.
         */
        get: operations["distributions_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Who may open a share
         * @description Whether a share link is open to anyone (`PUBLIC`) or only to its owner (`PRIVATE`).
         * @example PUBLIC
         * @enum {string}
         */
        AccessEnum: "UNKNOWN" | "PUBLIC" | "PRIVATE";
        /**
         * Semantic version of a model's shape
         * @description The semantic version of the model layout that Pieces OS stamps on a record.
         * @example MAJOR_0_MINOR_0_PATCH_1
         * @enum {string}
         */
        EmbeddedModelSchemaSemanticVersionEnum: "UNKNOWN" | "MAJOR_0_MINOR_0_PATCH_1";
        /**
         * Where a person's identity comes from
         * @description The outside service a person was found on (a GitHub user, a Slack member, a Mailgun address ...).
         * @example GIT_HUB
         * @enum {string}
         */
        ExternallySourcedEnum: "UNKNOWN" | "TWITTER" | "MEDIUM" | "LINKED_IN" | "INSTAGRAM" | "FACEBOOK" | "REDDIT" | "DISCORD" | "BIT_BUCKET" | "GIT_LAB" | "GIT_HUB" | "SLACK" | "MAILGUN";
        /**
         * Version stamp of a record
         * @description The migration number and semantic version that Pieces OS puts on nearly every model.
         * @example {
         *       "migration": 0,
         *       "semantic": "MAJOR_0_MINOR_0_PATCH_1"
         *     }
         */
        EmbeddedModelSchema: {
            /** @description The migration this record was written under. */
            migration: number;
            semantic: components["schemas"]["EmbeddedModelSchemaSemanticVersionEnum"];
        };
        /**
         * A point in time
         * @description A moment as an ISO 8601 date-time string (`value`), with an optional human-readable form.
         * @example {
         *       "value": "2026-11-28T09:15:00.000Z",
         *       "readable": "28 Nov 2026, 09:15"
         *     }
         */
        GroupedTimestamp: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /**
             * Format: date-time
             * @description The moment, as an ISO 8601 / RFC 3339 date-time string.
             */
            value: string;
            /** @description The same moment written for people, such as "28 Nov 2026, 09:15". */
            readable?: string;
        };
        /**
         * Usage counters
         * @description How often a record was used, searched, updated or referenced, plus a manual and an automatic score.
         * @example {
         *       "manual": 0,
         *       "automatic": 3,
         *       "reuse": 1
         *     }
         */
        Score: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description A score the user set by hand. */
            manual: number;
            /** @description A score Pieces OS computed. */
            automatic: number;
            /** @description A priority weight. */
            priority?: number;
            /** @description How many times the record was reused. */
            reuse?: number;
            /** @description How many times the record was updated. */
            update?: number;
            /** @description How many times the record was referenced. */
            reference?: number;
            /** @description How many times the record came up in a search. */
            searched?: number;
        };
        /**
         * A user, by reference
         * @description The profile of a Pieces user as other records embed it.
         * @example {
         *       "id": "0f1e2d3c-4b5a-4968-8776-655443322110",
         *       "username": "ada",
         *       "name": "Ada Lovelace"
         *     }
         */
        FlattenedUserProfile: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The user's id. */
            id: string;
            /** @description The user's e-mail address. */
            email?: string;
            /** @description The user's full name. */
            name?: string;
            /** @description The user's handle. */
            username?: string;
            /** @description The address of the user's avatar. */
            picture?: string;
            /** @description The user's custom share-link name. */
            vanityname?: string;
        };
        /**
         * One visit to a share
         * @description Who opened a share, from which operating system, and how many times.
         * @example {
         *       "id": "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d",
         *       "os": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *       "share": "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
         *       "count": 2
         *     }
         */
        Accessor: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The accessor's id. */
            id: string;
            /** @description The id of the operating system the share was opened from. */
            os: string;
            /** @description The id of the share that was opened. */
            share: string;
            /** @description How many times this accessor opened the share. */
            count: number;
            user?: components["schemas"]["FlattenedUserProfile"];
        };
        /**
         * Visits to a share
         * @description Every accessor of a share.
         * @example {
         *       "iterable": []
         *     }
         */
        Accessors: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The accessors. */
            iterable: components["schemas"]["Accessor"][];
        };
        /**
         * A Pieces asset (open boundary)
         * @description A saved snippet of the Pieces asset graph. That graph (formats, conversations, workstream events and some 240 more models) has nothing to do with distributions, so this document describes an asset as an open object: any JSON object is accepted, and its fields are not typed here.
         * @example {
         *       "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
         *     }
         */
        FlattenedAsset: {
            [key: string]: unknown;
        };
        /**
         * An asset, by id
         * @description An asset named by its id, optionally with the asset itself.
         * @example {
         *       "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
         *     }
         */
        ReferencedAsset: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The asset's id. */
            id: string;
            reference?: components["schemas"]["FlattenedAsset"];
        };
        /**
         * The assets of a share
         * @description The assets a share carries, by reference, with an optional position index and score.
         * @example {
         *       "iterable": [
         *         {
         *           "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
         *         }
         *       ],
         *       "indices": {
         *         "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f": 0
         *       }
         *     }
         */
        FlattenedAssets: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The assets, by reference. */
            iterable?: components["schemas"]["ReferencedAsset"][];
            /** @description The position of each asset, keyed by asset id. */
            indices?: {
                [key: string]: number;
            };
            score?: components["schemas"]["Score"];
        };
        /**
         * Mailgun delivery facts
         * @description What Mailgun reported when it accepted an e-mail.
         * @example {
         *       "messageId": "<20261128091500.1.ABCDEF@mg.pieces.app>"
         *     }
         */
        MailgunMetadata: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The message id Mailgun gave the e-mail. */
            messageId: string;
        };
        /**
         * A recipient
         * @description A person a distribution goes to, known by any of an e-mail address, a name or a handle.
         * @example {
         *       "email": "ada@example.com",
         *       "name": "Ada Lovelace"
         *     }
         */
        PersonBasicType: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The person's handle on the service they come from. */
            username?: string;
            /** @description The person's full name. */
            name?: string;
            /** @description The address of the person's avatar. */
            picture?: string;
            /** @description The person's e-mail address. */
            email?: string;
            sourced?: components["schemas"]["ExternallySourcedEnum"];
            /** @description The address of the person's profile. */
            url?: string;
            mailgun?: components["schemas"]["MailgunMetadata"];
        };
        /**
         * A list of recipients
         * @description The people a distribution goes to.
         * @example {
         *       "iterable": [
         *         {
         *           "email": "ada@example.com"
         *         }
         *       ]
         *     }
         */
        Recipients: {
            /** @description The recipients. */
            iterable: components["schemas"]["PersonBasicType"][];
            schema?: components["schemas"]["EmbeddedModelSchema"];
        };
        /**
         * An e-mail distribution
         * @description A distribution sent by e-mail (through Mailgun) to its recipients.
         * @example {
         *       "recipients": {
         *         "iterable": [
         *           {
         *             "email": "ada@example.com",
         *             "name": "Ada Lovelace"
         *           }
         *         ]
         *       }
         *     }
         */
        MailgunDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            recipients: components["schemas"]["Recipients"];
        };
        /**
         * A gist distribution
         * @description A distribution published as a GitHub gist, with the gist's id and address.
         * @example {
         *       "name": "debounce.ts",
         *       "public": false,
         *       "recipients": {
         *         "iterable": []
         *       },
         *       "created": {
         *         "value": "2026-11-28T09:15:00.000Z"
         *       },
         *       "updated": {
         *         "value": "2026-11-28T09:15:00.000Z"
         *       },
         *       "github_id": "aa5a315d61ae9438b18d",
         *       "url": "https://gist.github.com/aa5a315d61ae9438b18d"
         *     }
         */
        GitHubGistDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            recipients: components["schemas"]["Recipients"];
            /** @description Whether the gist is public (listed) rather than secret. */
            public: boolean;
            /** @description The gist's description. */
            description?: string;
            /** @description The gist's file name. */
            name: string;
            created: components["schemas"]["GroupedTimestamp"];
            updated: components["schemas"]["GroupedTimestamp"];
            deleted?: components["schemas"]["GroupedTimestamp"];
            /** @description The id GitHub gave the gist. */
            github_id: string;
            /** @description The gist's address on GitHub. */
            url: string;
        };
        /**
         * A GitHub distribution
         * @description A distribution through GitHub; today that means a gist.
         * @example {}
         */
        GitHubDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            gist?: components["schemas"]["GitHubGistDistribution"];
        };
        /**
         * A distribution, flattened
         * @description A distribution as a share embeds it, with the share named by id instead of nested.
         * @example {
         *       "id": "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41",
         *       "share": "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
         *       "created": {
         *         "value": "2026-11-28T09:15:00.000Z"
         *       },
         *       "updated": {
         *         "value": "2026-11-28T09:15:00.000Z"
         *       }
         *     }
         */
        FlattenedDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The distribution's id. */
            id: string;
            /** @description The id of the share the distribution belongs to. */
            share: string;
            created: components["schemas"]["GroupedTimestamp"];
            updated: components["schemas"]["GroupedTimestamp"];
            deleted?: components["schemas"]["GroupedTimestamp"];
            mailgun?: components["schemas"]["MailgunDistribution"];
            github?: components["schemas"]["GitHubDistribution"];
        };
        /**
         * A distribution, by id
         * @description A distribution named by its id, optionally with the flattened record.
         * @example {
         *       "id": "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41"
         *     }
         */
        ReferencedDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The distribution's id. */
            id: string;
            reference?: components["schemas"]["FlattenedDistribution"];
        };
        /**
         * The distributions of a share
         * @description A share's own list of its distributions, by reference.
         * @example {
         *       "iterable": [
         *         {
         *           "id": "7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41"
         *         }
         *       ]
         *     }
         */
        FlattenedDistributions: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The distributions, by reference. */
            iterable: components["schemas"]["ReferencedDistribution"][];
        };
        /**
         * A share link
         * @description The share a distribution belongs to: its link and short code, who may open it, who did, and the assets and distributions it carries (by reference).
         * @example {
         *       "id": "5b2f0c9a-61d3-4b7e-8f0a-3c4d5e6f7a8b",
         *       "link": "https://pieces.link/s/Ab3dE9",
         *       "short": "Ab3dE9",
         *       "access": "PUBLIC",
         *       "accessors": {
         *         "iterable": []
         *       },
         *       "created": {
         *         "value": "2026-11-28T09:15:00.000Z"
         *       }
         *     }
         */
        FlattenedShare: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The share's id. */
            id: string;
            /** @description The id of the asset shared, when the share holds one asset. */
            asset?: string;
            /** @description The id of the user who made the share. */
            user?: string;
            /** @description The share's address. */
            link: string;
            access: components["schemas"]["AccessEnum"];
            accessors: components["schemas"]["Accessors"];
            created: components["schemas"]["GroupedTimestamp"];
            /** @description The short code at the end of the link. */
            short: string;
            /** @description A name for the share. */
            name?: string;
            assets?: components["schemas"]["FlattenedAssets"];
            distributions?: components["schemas"]["FlattenedDistributions"];
            score?: components["schemas"]["Score"];
        };
        /**
         * A distribution
         * @description One published copy of a shared snippet: the share it belongs to, when it was made, and how it went out (e-mail through `mailgun`, a gist through `github`, or both).
         * @example {
         *       "id": "2e9d7c1b-8a4f-4c3e-b6d5-1f0e9a8b7c6d",
         *       "share": {
         *         "id": "8c7b6a59-4d3e-4f2a-9b1c-0d9e8f7a6b5c",
         *         "link": "https://pieces.link/s/Zq81Lp",
         *         "short": "Zq81Lp",
         *         "access": "PRIVATE",
         *         "accessors": {
         *           "iterable": []
         *         },
         *         "created": {
         *           "value": "2026-11-28T10:02:41.512Z"
         *         }
         *       },
         *       "created": {
         *         "value": "2026-11-28T10:02:41.512Z",
         *         "readable": "28 Nov 2026, 10:02"
         *       },
         *       "updated": {
         *         "value": "2026-11-28T10:02:41.512Z"
         *       },
         *       "mailgun": {
         *         "recipients": {
         *           "iterable": [
         *             {
         *               "email": "ada@example.com",
         *               "name": "Ada Lovelace"
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        Distribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            /** @description The distribution's id (a uuid). */
            id: string;
            share: components["schemas"]["FlattenedShare"];
            created: components["schemas"]["GroupedTimestamp"];
            updated: components["schemas"]["GroupedTimestamp"];
            deleted?: components["schemas"]["GroupedTimestamp"];
            mailgun?: components["schemas"]["MailgunDistribution"];
            github?: components["schemas"]["GitHubDistribution"];
        };
        /**
         * A snapshot of distributions
         * @description Every distribution Pieces OS holds, in `iterable`.
         * @example {
         *       "iterable": []
         *     }
         */
        Distributions: {
            /** @description The distributions, oldest first. */
            iterable: components["schemas"]["Distribution"][];
            schema?: components["schemas"]["EmbeddedModelSchema"];
        };
        /**
         * A gist to publish
         * @description What to publish as a GitHub gist. Only the file name is required; `public` defaults to true.
         * @example {
         *       "name": "debounce.ts",
         *       "description": "A typed debounce helper"
         *     }
         */
        SeededGitHubGistDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            recipients?: components["schemas"]["Recipients"];
            /**
             * @description Whether the gist is public (listed) rather than secret.
             * @default true
             */
            public?: boolean;
            /** @description The gist's description. */
            description?: string;
            /** @description The gist's file name. */
            name: string;
        };
        /**
         * A GitHub distribution to publish
         * @description What to publish on GitHub; today that means a gist.
         * @example {
         *       "gist": {
         *         "name": "debounce.ts"
         *       }
         *     }
         */
        SeededGitHubDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            gist?: components["schemas"]["SeededGitHubGistDistribution"];
        };
        /**
         * A distribution to create
         * @description What a caller sends to create a distribution: e-mail recipients (`mailgun`), a gist (`github.gist`), or both.
         * @example {
         *       "mailgun": {
         *         "recipients": {
         *           "iterable": [
         *             {
         *               "email": "ada@example.com"
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        SeededDistribution: {
            schema?: components["schemas"]["EmbeddedModelSchema"];
            mailgun?: components["schemas"]["MailgunDistribution"];
            github?: components["schemas"]["SeededGitHubDistribution"];
        };
    };
    responses: {
        /** @description Pieces OS could not do it; the body is a plain-text message saying why. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** Whether a share link is open to anyone (`PUBLIC`) or only to its owner (`PRIVATE`). */
export type AccessEnum = components['schemas']['AccessEnum'];
/** The semantic version of the model layout that Pieces OS stamps on a record. */
export type EmbeddedModelSchemaSemanticVersionEnum = components['schemas']['EmbeddedModelSchemaSemanticVersionEnum'];
/** The outside service a person was found on (a GitHub user, a Slack member, a Mailgun address ...). */
export type ExternallySourcedEnum = components['schemas']['ExternallySourcedEnum'];
/** The migration number and semantic version that Pieces OS puts on nearly every model. */
export type EmbeddedModelSchema = components['schemas']['EmbeddedModelSchema'];
/** A moment as an ISO 8601 date-time string (`value`), with an optional human-readable form. */
export type GroupedTimestamp = components['schemas']['GroupedTimestamp'];
/** How often a record was used, searched, updated or referenced, plus a manual and an automatic score. */
export type Score = components['schemas']['Score'];
/** The profile of a Pieces user as other records embed it. */
export type FlattenedUserProfile = components['schemas']['FlattenedUserProfile'];
/** Who opened a share, from which operating system, and how many times. */
export type Accessor = components['schemas']['Accessor'];
/** Every accessor of a share. */
export type Accessors = components['schemas']['Accessors'];
/** A saved snippet of the Pieces asset graph. That graph (formats, conversations, workstream events and some 240 more models) has nothing to do with distributions, so this document describes an asset as an open object: any JSON object is accepted, and its fields are not typed here. */
export type FlattenedAsset = components['schemas']['FlattenedAsset'];
/** An asset named by its id, optionally with the asset itself. */
export type ReferencedAsset = components['schemas']['ReferencedAsset'];
/** The assets a share carries, by reference, with an optional position index and score. */
export type FlattenedAssets = components['schemas']['FlattenedAssets'];
/** What Mailgun reported when it accepted an e-mail. */
export type MailgunMetadata = components['schemas']['MailgunMetadata'];
/** A person a distribution goes to, known by any of an e-mail address, a name or a handle. */
export type PersonBasicType = components['schemas']['PersonBasicType'];
/** The people a distribution goes to. */
export type Recipients = components['schemas']['Recipients'];
/** A distribution sent by e-mail (through Mailgun) to its recipients. */
export type MailgunDistribution = components['schemas']['MailgunDistribution'];
/** A distribution published as a GitHub gist, with the gist's id and address. */
export type GitHubGistDistribution = components['schemas']['GitHubGistDistribution'];
/** A distribution through GitHub; today that means a gist. */
export type GitHubDistribution = components['schemas']['GitHubDistribution'];
/** A distribution as a share embeds it, with the share named by id instead of nested. */
export type FlattenedDistribution = components['schemas']['FlattenedDistribution'];
/** A distribution named by its id, optionally with the flattened record. */
export type ReferencedDistribution = components['schemas']['ReferencedDistribution'];
/** A share's own list of its distributions, by reference. */
export type FlattenedDistributions = components['schemas']['FlattenedDistributions'];
/** The share a distribution belongs to: its link and short code, who may open it, who did, and the assets and distributions it carries (by reference). */
export type FlattenedShare = components['schemas']['FlattenedShare'];
/** One published copy of a shared snippet: the share it belongs to, when it was made, and how it went out (e-mail through `mailgun`, a gist through `github`, or both). */
export type Distribution = components['schemas']['Distribution'];
/** Every distribution Pieces OS holds, in `iterable`. */
export type Distributions = components['schemas']['Distributions'];
/** What to publish as a GitHub gist. Only the file name is required; `public` defaults to true. */
export type SeededGitHubGistDistribution = components['schemas']['SeededGitHubGistDistribution'];
/** What to publish on GitHub; today that means a gist. */
export type SeededGitHubDistribution = components['schemas']['SeededGitHubDistribution'];
/** What a caller sends to create a distribution: e-mail recipients (`mailgun`), a gist (`github.gist`), or both. */
export type SeededDistribution = components['schemas']['SeededDistribution'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type $defs = Record<string, never>;
export interface operations {
    distributions_create_new_distribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What to distribute and to whom. An absent body asks Pieces OS for a bare distribution. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SeededDistribution"];
            };
        };
        responses: {
            /** @description The distribution that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distribution"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    distributions_delete_specific_distribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id (a uuid) of the distribution to delete.
                 * @example 7d0c4d6e-2f5b-4f8e-9a57-0f3c1b2a9e41
                 */
                distribution: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The distribution was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    distributions_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every distribution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Distributions"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const accessEnumValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AccessEnum"]> = ["UNKNOWN", "PUBLIC", "PRIVATE"];
export const embeddedModelSchemaSemanticVersionEnumValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmbeddedModelSchemaSemanticVersionEnum"]> = ["UNKNOWN", "MAJOR_0_MINOR_0_PATCH_1"];
export const externallySourcedEnumValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExternallySourcedEnum"]> = ["UNKNOWN", "TWITTER", "MEDIUM", "LINKED_IN", "INSTAGRAM", "FACEBOOK", "REDDIT", "DISCORD", "BIT_BUCKET", "GIT_LAB", "GIT_HUB", "SLACK", "MAILGUN"];
