// Generated from openapi/pieces-os-distributions.yaml by packages/client/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.
import type { CompatModels, CompatOperationSchemas } from "../compat/convert.js";

/**
 * Every model by schema name: its properties by official name, each with its wire name, whether it is
 * required, and how its value is converted (`model`, `oneOf`, `date`); `null` for a value that passes
 * through as it is (an open object, an alias of plain values); `[conversion]` for an alias of a model.
 */
export const compatModels: CompatModels = {
  EmbeddedModelSchema: {
    migration: {wire: "migration", required: true},
    semantic: {wire: "semantic", required: true, model: "EmbeddedModelSchemaSemanticVersionEnum"},
  },
  GroupedTimestamp: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    value: {wire: "value", required: true, date: true},
    readable: {wire: "readable"},
  },
  Score: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    manual: {wire: "manual", required: true},
    automatic: {wire: "automatic", required: true},
    priority: {wire: "priority"},
    reuse: {wire: "reuse"},
    update: {wire: "update"},
    reference: {wire: "reference"},
    searched: {wire: "searched"},
  },
  FlattenedUserProfile: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    email: {wire: "email"},
    name: {wire: "name"},
    username: {wire: "username"},
    picture: {wire: "picture"},
    vanityname: {wire: "vanityname"},
  },
  Accessor: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    os: {wire: "os", required: true},
    share: {wire: "share", required: true},
    count: {wire: "count", required: true},
    user: {wire: "user", model: "FlattenedUserProfile"},
  },
  Accessors: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    iterable: {wire: "iterable", required: true, model: "Accessor"},
  },
  FlattenedAsset: null,
  ReferencedAsset: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    reference: {wire: "reference", model: "FlattenedAsset"},
  },
  FlattenedAssets: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    iterable: {wire: "iterable", model: "ReferencedAsset"},
    indices: {wire: "indices"},
    score: {wire: "score", model: "Score"},
  },
  MailgunMetadata: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    messageId: {wire: "messageId", required: true},
  },
  PersonBasicType: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    username: {wire: "username"},
    name: {wire: "name"},
    picture: {wire: "picture"},
    email: {wire: "email"},
    sourced: {wire: "sourced", model: "ExternallySourcedEnum"},
    url: {wire: "url"},
    mailgun: {wire: "mailgun", model: "MailgunMetadata"},
  },
  Recipients: {
    iterable: {wire: "iterable", required: true, model: "PersonBasicType"},
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
  },
  MailgunDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    recipients: {wire: "recipients", required: true, model: "Recipients"},
  },
  GitHubGistDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    recipients: {wire: "recipients", required: true, model: "Recipients"},
    _public: {wire: "public", required: true},
    description: {wire: "description"},
    name: {wire: "name", required: true},
    created: {wire: "created", required: true, model: "GroupedTimestamp"},
    updated: {wire: "updated", required: true, model: "GroupedTimestamp"},
    deleted: {wire: "deleted", model: "GroupedTimestamp"},
    githubId: {wire: "github_id", required: true},
    url: {wire: "url", required: true},
  },
  GitHubDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    gist: {wire: "gist", model: "GitHubGistDistribution"},
  },
  FlattenedDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    share: {wire: "share", required: true},
    created: {wire: "created", required: true, model: "GroupedTimestamp"},
    updated: {wire: "updated", required: true, model: "GroupedTimestamp"},
    deleted: {wire: "deleted", model: "GroupedTimestamp"},
    mailgun: {wire: "mailgun", model: "MailgunDistribution"},
    github: {wire: "github", model: "GitHubDistribution"},
  },
  ReferencedDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    reference: {wire: "reference", model: "FlattenedDistribution"},
  },
  FlattenedDistributions: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    iterable: {wire: "iterable", required: true, model: "ReferencedDistribution"},
  },
  FlattenedShare: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    asset: {wire: "asset"},
    user: {wire: "user"},
    link: {wire: "link", required: true},
    access: {wire: "access", required: true, model: "AccessEnum"},
    accessors: {wire: "accessors", required: true, model: "Accessors"},
    created: {wire: "created", required: true, model: "GroupedTimestamp"},
    _short: {wire: "short", required: true},
    name: {wire: "name"},
    assets: {wire: "assets", model: "FlattenedAssets"},
    distributions: {wire: "distributions", model: "FlattenedDistributions"},
    score: {wire: "score", model: "Score"},
  },
  Distribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    id: {wire: "id", required: true},
    share: {wire: "share", required: true, model: "FlattenedShare"},
    created: {wire: "created", required: true, model: "GroupedTimestamp"},
    updated: {wire: "updated", required: true, model: "GroupedTimestamp"},
    deleted: {wire: "deleted", model: "GroupedTimestamp"},
    mailgun: {wire: "mailgun", model: "MailgunDistribution"},
    github: {wire: "github", model: "GitHubDistribution"},
  },
  Distributions: {
    iterable: {wire: "iterable", required: true, model: "Distribution"},
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
  },
  SeededGitHubGistDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    recipients: {wire: "recipients", model: "Recipients"},
    _public: {wire: "public"},
    description: {wire: "description"},
    name: {wire: "name", required: true},
  },
  SeededGitHubDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    gist: {wire: "gist", model: "SeededGitHubGistDistribution"},
  },
  SeededDistribution: {
    schema: {wire: "schema", model: "EmbeddedModelSchema"},
    mailgun: {wire: "mailgun", model: "MailgunDistribution"},
    github: {wire: "github", model: "SeededGitHubDistribution"},
  },
};

/** For each method: its required request properties and how its request body and success answer are converted. */
export const compatOperations: { readonly [methodName: string]: CompatOperationSchemas } = {
  distributionsCreateNewDistribution: {body: {model: "SeededDistribution"}, returns: {model: "Distribution"}},
  distributionsDeleteSpecificDistribution: {required: ["distribution"]},
  distributionsSnapshot: {returns: {model: "Distributions"}},
};
