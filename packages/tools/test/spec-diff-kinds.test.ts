import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SpecChange } from "../src/spec-diff/changes.js";
import { classifyChanges, parseDocument } from "../src/spec-diff/classify.js";
import type { JsonObject } from "../src/spec-diff/json.js";

const base = parseDocument(
  readFileSync(path.resolve(import.meta.dirname, "fixtures/spec-diff/base.yaml"), "utf8"),
  "base.yaml",
);

type Doc = any;

/** The changes an edit of the base document makes, as "class location: message" lines. */
function changesBy(edit: (document: Doc) => void): string[] {
  const after = structuredClone(base) as Doc;
  edit(after);
  return classifyChanges(base, after as JsonObject).map(
    (change: SpecChange) => `${change.class} ${change.location}: ${change.message}`,
  );
}

const limit = { name: "limit", in: "query", schema: { type: "integer" } };

describe("the change kinds of issue 11", () => {
  it("refuses a changed document the generators would refuse, with the codegen reader's message", () => {
    expect(() => changesBy((d) => (d.paths["/things/{thing}/delete"].post.parameters = []))).toThrow(
      'POST /things/{thing}/delete: the path names {thing} but no path parameter "thing" is declared',
    );
  });

  it("the first parameter of an operation that had none is breaking for the SDK (its signature changes)", () => {
    expect(changesBy((d) => (d.paths["/things"].get.parameters = [limit]))).toEqual([
      "breaking GET /things: first parameter or request body added: the SDK method's first argument becomes the request, before its options",
      'additive GET /things query parameter "limit": optional parameter added',
    ]);
  });

  it("a tag removed from an operation is breaking and one added is additive: the compat entry has a class per tag", () => {
    const lines = (before: Doc, after: Doc) =>
      classifyChanges(before, after).map((change) => `${change.class} ${change.location}: ${change.message}`);
    const tagged = (tags: string[] | undefined) => {
      const document = structuredClone(base) as Doc;
      document.paths["/things"].get.tags = tags;
      if (tags === undefined) delete document.paths["/things"].get.tags;
      return document;
    };
    const gains = (tag: string) =>
      `additive GET /things: tag "${tag}" added: the compat entry's API class for it gains the method`;
    const loses = (tag: string) =>
      `breaking GET /things: tag "${tag}" removed: the compat entry's API class for it loses the method`;
    expect(lines(tagged(["Things"]), tagged(["Things", "Archive"]))).toEqual([gains("Archive")]);
    expect(lines(tagged(["Things"]), tagged(["Stuff"]))).toEqual([loses("Things"), gains("Stuff")]);
    // An untagged operation is on DefaultApi.
    expect(lines(tagged(undefined), tagged(["Things"]))).toEqual([loses("default"), gains("Things")]);
    expect(lines(tagged(undefined), tagged([]))).toEqual([]);
  });

  it("a new optional parameter next to others is additive; a new required one is breaking", () => {
    expect(changesBy((d) => d.paths["/things/{thing}/delete"].post.parameters.push(limit))).toEqual([
      'additive POST /things/{thing}/delete query parameter "limit": optional parameter added',
    ]);
    expect(
      changesBy((d) => d.paths["/things/{thing}/delete"].post.parameters.push({ ...limit, required: true })),
    ).toEqual(['breaking POST /things/{thing}/delete query parameter "limit": required parameter added']);
  });

  it("a parameter removed, or its type narrowed, is breaking", () => {
    const withLimit = structuredClone(base) as Doc;
    withLimit.paths["/things/{thing}/delete"].post.parameters.push(limit);
    const withoutLimit = structuredClone(withLimit);
    withoutLimit.paths["/things/{thing}/delete"].post.parameters.pop();
    expect(classifyChanges(withLimit, withoutLimit).map((change) => change.message)).toEqual([
      "parameter removed",
    ]);
    const narrowed = changesBy(
      (d) => (d.paths["/things/{thing}/delete"].post.parameters[0].schema = { type: "string", maxLength: 3 }),
    );
    expect(narrowed.every((line) => line.startsWith("breaking "))).toBe(true);
    expect(narrowed.length).toBeGreaterThan(0);
  });

  it("a new operation is additive", () => {
    expect(
      changesBy(
        (d) =>
          (d.paths["/other"] = {
            get: { operationId: "other", responses: { "204": { description: "ok" } } },
          }),
      ),
    ).toEqual(['additive GET /other: operation "other" added']);
  });

  const name = (d: Doc) => d.components.schemas.SeededThing.properties.name;

  it("a keyword tightened on a request field is breaking; loosened, additive", () => {
    expect(changesBy((d) => (name(d).minLength = 2))).toEqual([
      "breaking components.schemas.SeededThing.name: minLength added (tightened)",
    ]);
    const loose = structuredClone(base) as Doc;
    name(loose).maxLength = 5;
    const looser = structuredClone(loose);
    name(looser).maxLength = 9;
    expect(classifyChanges(loose, looser).map((c) => `${c.class}: ${c.message}`)).toEqual([
      "additive: maxLength changed from 5 to 9 (loosened)",
    ]);
  });

  it("nullable added to a request field is additive, removed is breaking", () => {
    expect(changesBy((d) => (name(d).type = ["string", "null"]))).toEqual([
      'additive components.schemas.SeededThing.name: type changed from "string" to ["string","null"]',
    ]);
    const nullable = structuredClone(base) as Doc;
    name(nullable).type = ["string", "null"];
    expect(classifyChanges(nullable, base).map((c) => c.class)).toEqual(["breaking"]);
  });

  it("a oneOf branch added to a request field is additive, removed is breaking", () => {
    const two = structuredClone(base) as Doc;
    name(two).oneOf = [{ type: "string" }, { type: "integer" }];
    delete name(two).type;
    const three = structuredClone(two);
    name(three).oneOf.push({ type: "boolean" });
    expect(classifyChanges(two, three).map((c) => `${c.class}: ${c.message}`)).toEqual([
      "additive: oneOf: 1 branch added (loosened)",
    ]);
    expect(classifyChanges(three, two).map((c) => `${c.class}: ${c.message}`)).toEqual([
      "breaking: oneOf: 1 branch removed (tightened)",
    ]);
  });
});
