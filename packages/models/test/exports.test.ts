import { describe, expect, it } from "vitest";
import * as models from "../src/index.js";
import * as validators from "../src/validators.js";
import { loadDocument } from "./document.js";

// The names each component schema of the document brings, so a new schema needs no edit here; a removed
// or renamed export is caught by the spec gate (pnpm spec:diff) and the API report (pnpm api:update).
const schemas = Object.entries(loadDocument().components.schemas as Record<string, { enum?: unknown }>);
const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

describe("public surface", () => {
  it("exports from @pieces-distributions/models the helpers and one value array per enum schema", () => {
    const perSchema = schemas
      .filter(([, schema]) => schema.enum !== undefined)
      .map(([name]) => `${lowerFirst(name)}Values`);
    expect(Object.keys(models).sort()).toEqual(
      ["dateToTimestamp", "operationTable", "schemaShapes", "timestampToDate", ...perSchema].sort(),
    );
    expect(perSchema).toContain("accessEnumValues");
  });

  it("exports from @pieces-distributions/models/validators the helpers and isX/validateX per component schema", () => {
    const perSchema = schemas.flatMap(([name]) => [`is${name}`, `validate${name}`]);
    expect(Object.keys(validators).sort()).toEqual(
      [
        "formatProblems",
        "operationValidators",
        "schemaNames",
        "schemaValidators",
        "validateSchema",
        ...perSchema,
      ].sort(),
    );
    expect(perSchema).toContain("validateSeededDistribution");
  });
});
