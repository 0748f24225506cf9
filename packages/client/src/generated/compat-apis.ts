// Generated from openapi/pieces-os-distributions.yaml by packages/client/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.
import { BaseAPI, defineOperations } from "../compat/runtime.js";
import type { CompatMethods } from "./compat-models.js";
import { compatModels, compatOperations } from "./compat-tables.js";
import { operationSpecs } from "./operations.js";

const tables = { operationSpecs, compatModels, compatOperations };

/** The methods of `DistributionsApi`: `distributionsCreateNewDistribution`, `distributionsDeleteSpecificDistribution`, `distributionsSnapshot`, each with its `...Raw` twin. */
export interface DistributionsApi extends Pick<CompatMethods, "distributionsCreateNewDistribution" | "distributionsCreateNewDistributionRaw" | "distributionsDeleteSpecificDistribution" | "distributionsDeleteSpecificDistributionRaw" | "distributionsSnapshot" | "distributionsSnapshotRaw"> {}

/** The official SDK's `DistributionsApi`: `new DistributionsApi(new Configuration({ basePath }))`. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: defineOperations gives the prototype every method the interface declares.
export class DistributionsApi extends BaseAPI {}

defineOperations(DistributionsApi, tables, ["distributionsCreateNewDistribution", "distributionsDeleteSpecificDistribution", "distributionsSnapshot"]);
