/**
 * What `pnpm generate` in this package produces, and from which document.
 * Paths are relative to this package's folder.
 */
export const generateConfig = {
  /** The hand-maintained OpenAPI 3.1 document, the single source of truth. */
  document: "../../openapi/pieces-os-distributions.yaml",
  /** The generated operation table and method types (committed; never edited by hand). */
  outFile: "src/generated/operations.ts",
  /** Where the generated file imports its types from. */
  imports: {
    /** The models package: the generated method types index its `operations`. */
    models: "@pieces-distributions/models",
    /** The client runtime folder, relative to the generated file (`options.js`, `request.js`). */
    runtime: "..",
  },
  /** HTTP methods retried by default: repeating them cannot create or remove data twice. */
  retryByDefault: ["get"],
} as const;
