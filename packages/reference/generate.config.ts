/**
 * What `pnpm generate` in this package produces, and from what. Paths are relative to this package's folder.
 */
export const generateConfig = {
  /** The hand-maintained OpenAPI 3.1 document, the single source of truth. */
  document: "../../openapi/pieces-os-distributions.yaml",
  /** The client's generated operation table (`operationSpecs`), which names the methods. */
  operationTable: "../client/src/generated/operations.ts",
  /** Where the reference goes (committed; never edited by hand). */
  outDir: "../../docs",
} as const;
