/**
 * What `pnpm generate` in this package produces, and from which document.
 * Paths are relative to this package's folder.
 */
export const generateConfig = {
  /** The hand-maintained OpenAPI 3.1 document, the single source of truth. */
  document: "../../openapi/pieces-os-distributions.yaml",
  /** Where every generated file goes (committed; never edited by hand). */
  outDir: "src/generated",
  /** The hand-written type the generated operation table satisfies, relative to `outDir`. */
  descriptorImport: "../operation-descriptor.js",
  /** The hand-written runtime half of the validators, relative to `outDir`. */
  validationImport: "../validation.js",
  /** The hand-written code formats (`date-time`, `date`) the standalone validators call, relative to `outDir`. */
  formatsImport: "../formats.js",
  /** Options for openapi-typescript's Node API (`openapiTS`). */
  openapiTypescript: {
    /** One `export type Distribution = components["schemas"]["Distribution"]` per schema. */
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    /** `accessEnumValues` and friends: the enum members as runtime arrays. */
    enumValues: true,
    /** A property with a `default` stays optional: `public` of a seeded gist may be left out. */
    defaultNonNullable: false,
    /** Keep schema order as written in the document, so a spec diff maps to a small code diff. */
    alphabetize: false,
  },
} as const;
