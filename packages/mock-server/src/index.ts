/**
 * @pieces-distributions/mock-server: a stateful stand-in for the Pieces OS Distributions API, driven by the
 * same OpenAPI document as the client (routes from its operations, bodies checked by its validators).
 * Start one with `startMockServer({ port: 0 })`, or run the `pieces-distributions-mock` bin.
 */
export type { DistributionSources } from "./build-distribution.js";
export { buildDistribution } from "./build-distribution.js";
export type { CorsSetting } from "./cors.js";
export { DataFileError } from "./data-file-error.js";
export { type FileStoreOptions, openFileStore } from "./file-store.js";
export { createMemoryStore } from "./memory-store.js";
export { MAX_BODY_BYTES } from "./read-body.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./server.js";
export type { DistributionStore } from "./store.js";
