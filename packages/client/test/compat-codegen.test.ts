/**
 * The compat emitter over the schema constructs a spec change brings (validation keywords, type arrays with
 * "null", const, compositions, inline objects and enums, alias components, x-* keys), and the conversions
 * its tables drive: every one must generate, typed as typescript-fetch types it, with nothing refused.
 */

import { generateCompatSources, type JsonSchema } from "@pieces-distributions/codegen/light";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type CompatModels, convert, fromWire, toWire } from "../src/compat/convert.js";

const schemas: Record<string, JsonSchema> = {
  Gist: {
    type: "object",
    required: ["name"],
    properties: { name: { type: "string", minLength: 1 }, public: { type: "boolean" } },
  },
  Mail: {
    type: "object",
    required: ["email"],
    properties: { email: { type: "string", format: "email" }, sent: { type: "string", format: "date-time" } },
  },
  Labels: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z]+$" } },
  Target: { oneOf: [{ $ref: "#/components/schemas/Gist" }, { $ref: "#/components/schemas/Mail" }] },
  Item: {
    type: "object",
    "x-internal": true,
    properties: {
      labels: { $ref: "#/components/schemas/Labels" },
      note: { type: ["string", "null"], maxLength: 10 },
      homepage: { type: "string", format: "uri" },
      kind: {
        oneOf: [
          { type: "string", const: "gist" },
          { type: "integer", format: "int32" },
        ],
      },
      extras: { type: "object", additionalProperties: { type: "string" } },
      status: { type: "string", enum: ["open", "closed"] },
      owner: { type: "object", required: ["github_id"], properties: { github_id: { type: "string" } } },
      target: { $ref: "#/components/schemas/Target" },
      targets: { type: "array", items: { $ref: "#/components/schemas/Target" } },
      seen: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] },
    },
  },
};

const { models, tables } = generateCompatSources(schemas, [], { header: "// test", runtimeImport: ".." });
// The generated table itself, compiled and loaded, drives the conversions below.
const compiled = ts.transpileModule(tables, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
const { compatModels: table } = (await import(`data:text/javascript,${encodeURIComponent(compiled)}`)) as {
  compatModels: CompatModels;
};

describe("the compat emitter over the constructs of a spec change", () => {
  it("types each property as typescript-fetch does, validation keywords and x-* keys being annotations", () => {
    expect(models).toContain("export type Labels = Array<string>;");
    expect(models).toContain("export type Target = (Gist | Mail);");
    expect(models).toContain("  note?: (string | null);");
    expect(models).toContain("  homepage?: string;");
    expect(models).toContain('  kind?: ("gist" | number);');
    expect(models).toContain("  extras?: { [key: string]: string; };");
    expect(models).toContain("  status?: ItemStatusEnum;");
    expect(models).toContain(
      'export const ItemStatusEnum = {\n  Open: "open",\n  Closed: "closed",\n} as const;',
    );
    expect(models).toContain("  seen?: (Date | null);");
  });

  it("makes an inline object a model named after where it is, with official property names", () => {
    expect(models).toContain("  owner?: ItemOwner;");
    expect(models).toMatch(/export interface ItemOwner \{\n {2}githubId: string;\n\}/);
  });

  it("refuses what it cannot convert, naming the place", () => {
    const both = {
      Mail: schemas.Mail as JsonSchema,
      Gist: schemas.Gist as JsonSchema,
      Odd: {
        type: "object",
        properties: {
          when: { oneOf: [{ $ref: "#/components/schemas/Mail" }, { type: "string", format: "date-time" }] },
        },
      },
    };
    expect(() => generateCompatSources(both, [], { header: "", runtimeImport: ".." })).toThrow(
      "#/components/schemas/Odd/properties/when: a value that is either a model or a date-time is not supported by the compat generator",
    );
  });
});

describe("converting through a oneOf and null", () => {
  it("takes the first model whose required properties are present, as typescript-fetch's instanceOf checks", () => {
    const sent = new Date("2026-12-03T10:00:00.000Z");
    expect(
      toWire(table, "Item", {
        targets: [
          { name: "a.ts", _public: false },
          { email: "ada@example.com", sent },
        ],
      }),
    ).toEqual({
      targets: [
        { name: "a.ts", public: false },
        { email: "ada@example.com", sent: "2026-12-03T10:00:00.000Z" },
      ],
    });
    expect(
      fromWire(table, "Item", { target: { email: "ada@example.com", sent: "2026-12-03T10:00:00.000Z" } }),
    ).toEqual({
      note: undefined,
      target: { email: "ada@example.com", sent },
      targets: undefined,
    });
  });

  it("renames through an inline object model", () => {
    expect(toWire(table, "Item", { owner: { githubId: "aa5a" } })).toMatchObject({
      owner: { github_id: "aa5a" },
    });
    expect(fromWire(table, "Item", { owner: { github_id: "aa5a" } })).toMatchObject({
      owner: { githubId: "aa5a" },
    });
  });

  it("passes a value that matches no branch as it is", () => {
    expect(convert(table, { oneOf: ["Gist", "Mail"] }, { other: 1 }, true)).toEqual({ other: 1 });
    expect(convert(table, { oneOf: ["Gist", "Mail"] }, "text", false)).toBe("text");
  });

  it("sends null as null, as the official ToJSON does, and leaves undefined out", () => {
    expect(toWire(table, "Item", { note: null, target: null, targets: undefined })).toMatchObject({
      note: null,
      target: null,
      targets: undefined,
    });
    expect(JSON.stringify(toWire(table, "Item", { note: null }))).toBe('{"note":null}');
  });
});
