/**
 * The reference emitter over the real document: every field of every model is on its page with its
 * description, every operation has its section, and a changed description in the document changes the
 * emitted page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { operationSpecs } from "../../client/src/generated/operations.js";
import { type Json, readReferenceInput } from "../src/document.js";
import { emitReference } from "../src/emit/reference.js";
import { repositoryDir } from "./support/markdown-examples.js";

const readDocument = () =>
  parse(readFileSync(path.join(repositoryDir, "openapi/pieces-os-distributions.yaml"), "utf8")) as Json;
const emit = (document: Json) =>
  emitReference(readReferenceInput(document, operationSpecs), "<!-- header -->");

type Schema = { properties?: Record<string, { description?: string }>; enum?: unknown[] };

describe("the reference emitter", () => {
  const document = readDocument();
  const files = emit(document);
  const schemas = (document.components as { schemas: Record<string, Schema> }).schemas;

  it("has a page per model listing every field with its description, and every enum value", () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const modelPage = files.get(`models/${name}.md`);
      expect(modelPage, name).toBeDefined();
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        expect(modelPage, `${name}.${field}`).toContain(`| \`${field}\` |`);
        if (property.description !== undefined) expect(modelPage).toContain(property.description.trim());
      }
      for (const value of schema.enum ?? []) expect(modelPage).toContain(`\`${JSON.stringify(value)}\``);
      expect(files.get("README.md")).toContain(`(models/${name}.md)`);
    }
  });

  it("has a section per operation with its signature, example, parameters, answers and errors", () => {
    const readme = files.get("README.md") ?? "";
    for (const methodName of Object.keys(operationSpecs)) {
      const section = readme.slice(readme.indexOf(`## ${methodName}\n`));
      expect(section, methodName).not.toBe(readme);
      for (const heading of ["### Example", "### Parameters", "### Returns", "### Answers", "### Errors"])
        expect(section).toContain(heading);
      expect(section).toContain(`${methodName}(`);
    }
  });

  it("follows a description changed in the document", () => {
    const changed = readDocument();
    const distribution = (changed.components as { schemas: Record<string, Schema> }).schemas.Distribution;
    const id = distribution?.properties?.id;
    if (id === undefined) throw new Error("the document has no Distribution.id");
    id.description = "A brand-new description of the id.";
    const after = emit(changed);
    expect(after.get("models/Distribution.md")).toContain(
      "| `id` | `string` | yes | A brand-new description of the id. |",
    );
    expect(after.get("models/Distribution.md")).not.toBe(files.get("models/Distribution.md"));
  });

  it("refuses a document whose operations the client's table does not know, naming the operation", () => {
    const extra = readDocument();
    (extra.paths as Record<string, unknown>)["/distributions/extra"] = {
      get: { operationId: "extra", responses: { "204": { description: "Nothing." } } },
    };
    expect(() => emit(extra)).toThrow("GET /distributions/extra has no row in the client's operation table");
  });
});
