import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requiredBump, type SpecChange } from "../src/spec-diff/changes.js";
import { classifyChanges, NotAnOpenApiDocumentError, parseDocument } from "../src/spec-diff/classify.js";
import type { JsonObject } from "../src/spec-diff/json.js";
import { repositoryRoot } from "./helpers/fixture-workspace.js";

const fixtures = path.resolve(import.meta.dirname, "fixtures/spec-diff");

/** The parts of a parsed document these tests edit. */
interface EditableSchema {
  type?: string | string[];
  required?: string[];
  properties: Record<string, EditableSchema>;
}
interface EditableDocument {
  info: { version: string };
  components: {
    schemas: Record<string, EditableSchema>;
    responses: Record<string, { content: Record<string, { schema: EditableSchema }> }>;
  };
}

/** A deep copy of a parsed document, typed for editing. */
function editable(document: JsonObject): EditableDocument {
  return structuredClone(document) as unknown as EditableDocument;
}

function at<T>(record: Record<string, T>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new Error(`fixture has no ${key}`);
  return value;
}

function load(file: string) {
  return parseDocument(readFileSync(path.join(fixtures, file), "utf8"), file);
}

/** The changes from base.yaml to a fixture, as "class location: message" lines. */
function changesTo(file: string): string[] {
  return classifyChanges(load("base.yaml"), load(file)).map(
    (change: SpecChange) => `${change.class} ${change.location}: ${change.message}`,
  );
}

describe("breaking changes call for a major bump", () => {
  it("a removed operation", () => {
    expect(changesTo("breaking/removed-operation.yaml")).toEqual([
      'breaking POST /things/{thing}/delete: operation "things_delete" removed',
    ]);
  });

  it("a removed response field", () => {
    expect(changesTo("breaking/removed-field.yaml")).toEqual([
      'breaking components.schemas.Thing: property "count" removed',
    ]);
  });

  it("a removed enum value", () => {
    expect(changesTo("breaking/removed-enum-value.yaml")).toEqual([
      'breaking components.schemas.StatusEnum: enum value "PUBLISHED" removed',
    ]);
  });

  it("a removed response", () => {
    expect(changesTo("breaking/removed-response.yaml")).toEqual([
      "breaking GET /things response 500: response removed",
    ]);
  });

  it("a changed type", () => {
    expect(changesTo("breaking/type-changed.yaml")).toEqual([
      'breaking components.schemas.Thing.count: type changed from "integer" to "string"',
    ]);
  });

  it("a request field made required", () => {
    expect(changesTo("breaking/request-field-made-required.yaml")).toEqual([
      'breaking components.schemas.SeededThing: property "note" made required in a request',
    ]);
  });

  it("a renamed operationId (the generated method name changes)", () => {
    expect(changesTo("breaking/renamed-operation-id.yaml")).toEqual([
      'breaking GET /things: operationId changed from "things_snapshot" to "things_list"',
    ]);
  });

  it("sums to major", () => {
    expect(requiredBump(classifyChanges(load("base.yaml"), load("breaking/removed-field.yaml")))).toBe(
      "major",
    );
  });
});

describe("additive changes call for a minor bump", () => {
  it("a new optional request field", () => {
    expect(changesTo("additive/new-optional-request-field.yaml")).toEqual([
      'additive components.schemas.SeededThing: optional property "tags" added',
    ]);
  });

  it("a new optional response field", () => {
    expect(changesTo("additive/new-optional-response-field.yaml")).toEqual([
      'additive components.schemas.Thing: optional property "updated" added',
    ]);
  });

  it("a new operation", () => {
    expect(changesTo("additive/new-operation.yaml")).toEqual([
      'additive GET /things/{thing}: operation "things_specific_thing_snapshot" added',
    ]);
  });

  it("a new enum value in a response", () => {
    expect(changesTo("additive/new-response-enum-value.yaml")).toEqual([
      'additive components.schemas.StatusEnum: enum value "ARCHIVED" added',
    ]);
  });

  it("sums to minor", () => {
    expect(requiredBump(classifyChanges(load("base.yaml"), load("additive/new-operation.yaml")))).toBe(
      "minor",
    );
  });
});

describe("cosmetic changes call for a patch bump", () => {
  it("reworded descriptions and summaries, with info.version ignored", () => {
    expect(changesTo("cosmetic/descriptions.yaml")).toEqual([
      "cosmetic POST /things/create: summary changed",
      "cosmetic POST /things/create response 500: description changed",
      "cosmetic POST /things/{thing}/delete response 500: description changed",
      "cosmetic GET /things response 500: description changed",
      "cosmetic components.schemas.Thing: description changed",
      "cosmetic components.schemas.SeededThing.name: description changed",
    ]);
  });

  it("different examples", () => {
    expect(changesTo("cosmetic/examples.yaml")).toEqual([
      "cosmetic POST /things/create request body application/json: examples changed",
      "cosmetic components.schemas.StatusEnum: examples changed",
      "cosmetic components.schemas.Thing: examples changed",
    ]);
  });

  it("sums to patch", () => {
    expect(requiredBump(classifyChanges(load("base.yaml"), load("cosmetic/examples.yaml")))).toBe("patch");
  });
});

describe("direction decides required and type changes", () => {
  it("making a response field required is additive, dropping it from required is breaking", () => {
    const before = load("base.yaml");
    const tighter = editable(before);
    at(tighter.components.schemas, "Thing").required = ["id", "status", "name"];
    const looser = editable(before);
    at(looser.components.schemas, "Thing").required = ["id"];
    expect(classifyChanges(before, tighter as unknown as JsonObject).map((change) => change.class)).toEqual([
      "additive",
    ]);
    expect(classifyChanges(before, looser as unknown as JsonObject).map((change) => change.message)).toEqual([
      'property "status" no longer required in a response',
    ]);
  });

  it("a response field made nullable (OpenAPI 3.1 type array) is breaking", () => {
    const before = load("base.yaml");
    const after = editable(before);
    at(at(after.components.schemas, "Thing").properties, "name").type = ["string", "null"];
    expect(classifyChanges(before, after as unknown as JsonObject)).toEqual([
      {
        class: "breaking",
        location: "components.schemas.Thing.name",
        message: 'type changed from "string" to ["string","null"]',
      },
    ]);
  });

  it("a request field widened to accept null is additive", () => {
    const before = load("base.yaml");
    const after = editable(before);
    at(at(after.components.schemas, "SeededThing").properties, "note").type = ["string", "null"];
    expect(classifyChanges(before, after as unknown as JsonObject).map((change) => change.class)).toEqual([
      "additive",
    ]);
  });
});

describe("the repository's document", () => {
  const text = readFileSync(path.join(repositoryRoot, "openapi/pieces-os-distributions.yaml"), "utf8");

  it("has no changes against itself, whatever its info.version", () => {
    const after = editable(parseDocument(text, "current"));
    after.info.version = "9.9.9";
    expect(classifyChanges(parseDocument(text, "released"), after as unknown as JsonObject)).toEqual([]);
  });

  it("names a shared response change once per operation that uses it", () => {
    const after = editable(parseDocument(text, "current"));
    at(at(after.components.responses, "InternalServerError").content, "text/plain").schema.type = "object";
    const changes = classifyChanges(parseDocument(text, "released"), after as unknown as JsonObject);
    // One per operation that answers InternalServerError, as many as the document has.
    const users = Object.values(
      (after as unknown as { paths: object }).paths as Record<string, Record<string, { responses?: object }>>,
    )
      .flatMap((item) => Object.values(item))
      .filter((operation) =>
        JSON.stringify(operation.responses ?? {}).includes("#/components/responses/InternalServerError"),
      );
    expect(users.length).toBeGreaterThanOrEqual(3);
    expect(changes.map((change) => change.class)).toEqual(users.map(() => "breaking"));
  });
});

describe("parseDocument", () => {
  it("refuses YAML that is not an OpenAPI document, naming it", () => {
    expect(() => parseDocument("title: x\n", "notes.yaml")).toThrow(NotAnOpenApiDocumentError);
    expect(() => parseDocument("title: x\n", "notes.yaml")).toThrow(/notes\.yaml is not an OpenAPI document/);
  });
});
