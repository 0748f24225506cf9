// The types of the ESM entry point `@pieces-distributions/models`: the same declarations as its CommonJS entry
// (dist/index.d.cts), re-exported, so that one set of declarations ships instead of two identical ones.
// One such file per entry point in package.json; `export *` carries every named export (entries have no default).
export * from "../dist/index.cjs";
