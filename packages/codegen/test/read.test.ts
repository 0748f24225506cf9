import { describe, expect, it } from "vitest";
import { describeDocument } from "../src/ir/read.js";

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{thing_id}": {
      parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        operationId: "things_get",
        parameters: [
          { name: "limit", in: "query", schema: { type: "integer" } },
          { name: "tags", in: "query", explode: false, schema: { type: "array", items: { type: "string" } } },
          { $ref: "#/components/parameters/Tag" },
        ],
        "x-mock-collection": "things",
        responses: {
          "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          "500": { $ref: "#/components/responses/Failure" },
        },
      },
    },
  },
  components: {
    parameters: { Tag: { name: "X-Request-Tag", in: "header", schema: { type: "string" } } },
    responses: {
      Failure: { description: "failed", content: { "text/plain": { schema: { type: "string" } } } },
    },
    schemas: {
      Thing: { type: "object", properties: { part: { $ref: "#/components/schemas/Part" } } },
      Part: { type: "string" },
      Unused: { type: "string" },
    },
  },
};

describe("the reader", () => {
  const ir = describeDocument(document, "fixture.yaml");
  const operation = ir.operations[0];

  it("reads parameters of every supported location, path item's first, with OpenAPI's style defaults", () => {
    expect(operation?.parameters.map((p) => [p.in, p.name, p.style, p.explode, p.required])).toEqual([
      ["path", "thing_id", "simple", false, true],
      ["query", "limit", "form", true, false],
      ["query", "tags", "form", false, false],
      ["header", "X-Request-Tag", "simple", false, false],
    ]);
  });

  it("follows response references and classifies media types", () => {
    expect(
      operation?.responses.map((r) => [r.status, r.contents.map((m) => `${m.kind}:${m.schemaName}`)]),
    ).toEqual([
      ["200", ["json:Thing"]],
      ["500", ["text:null"]],
    ]);
    expect(operation?.successes.map((r) => r.status)).toEqual(["200"]);
    expect(operation?.extensions).toEqual({ "x-mock-collection": "things" });
  });

  it("records where each schema is used, directly and through other schemas", () => {
    const byName = Object.fromEntries(ir.schemas.map((schema) => [schema.name, schema]));
    expect(byName.Thing?.usedBy).toEqual([{ operationId: "things_get", as: "response", detail: "200" }]);
    expect(byName.Thing?.references).toEqual(["Part"]);
    expect(byName.Part?.reachableFrom).toEqual({ request: false, response: true });
    expect(byName.Unused?.reachableFrom).toEqual({ request: false, response: false });
  });

  it("refuses what it cannot describe, naming the operation and the construct", () => {
    const withCookie = structuredClone(document) as any;
    withCookie.paths["/things/{thing_id}"].get.parameters.push({ name: "s", in: "cookie", schema: {} });
    expect(() => describeDocument(withCookie, "x.yaml")).toThrow(
      'GET /things/{thing_id}: cookie parameter "s" is not supported',
    );
    const missing = structuredClone(document) as any;
    missing.paths["/things/{thing_id}"].parameters = [];
    expect(() => describeDocument(missing, "x.yaml")).toThrow(
      "the path names {thing_id} but no path parameter",
    );
    const noSuccess = structuredClone(document) as any;
    delete noSuccess.paths["/things/{thing_id}"].get.responses["200"];
    expect(() => describeDocument(noSuccess, "x.yaml")).toThrow("GET /things/{thing_id}: no 2xx response");
  });

  const withQuery = (...parameters: object[]) => {
    const changed = structuredClone(document) as any;
    changed.paths["/things/{thing_id}"].get.parameters = parameters;
    return changed;
  };

  it("reads every query style, and what the value is through a $ref", () => {
    const styles = [
      { name: "a", in: "query", style: "pipeDelimited", explode: false, schema: { type: "array" } },
      { name: "b", in: "query", style: "spaceDelimited", explode: false, schema: { type: "array" } },
      { name: "c", in: "query", style: "deepObject", schema: { $ref: "#/components/schemas/Thing" } },
      { name: "d", in: "query", schema: { type: ["object", "null"] } },
    ];
    const read = describeDocument(withQuery(...styles), "x.yaml");
    expect(read.operations[0]?.parameters.map((p) => [p.name, p.style, p.explode, p.kind])).toEqual([
      ["thing_id", "simple", false, "scalar"],
      ["a", "pipeDelimited", false, "array"],
      ["b", "spaceDelimited", false, "array"],
      ["c", "deepObject", true, "object"],
      ["d", "form", true, "object"],
    ]);
  });

  it("refuses a style on a value OpenAPI defines no serialisation for, naming the parameter", () => {
    expect(() =>
      describeDocument(
        withQuery({ name: "t", in: "query", style: "pipeDelimited", schema: { type: "string" } }),
        "x.yaml",
      ),
    ).toThrow('GET /things/{thing_id}: query parameter "t" uses pipeDelimited, which needs an array schema');
    expect(() =>
      describeDocument(
        withQuery({ name: "f", in: "query", style: "deepObject", schema: { type: "array" } }),
        "x.yaml",
      ),
    ).toThrow('query parameter "f" uses deepObject, which needs an object schema and explode');
    expect(() =>
      describeDocument(
        withQuery({ name: "H", in: "header", explode: true, schema: { type: "object" } }),
        "x.yaml",
      ),
    ).toThrow('header parameter "H" explodes an object (key=value pairs), which is not supported');
    expect(() =>
      describeDocument(withQuery({ name: "m", in: "query", style: "matrix", schema: {} }), "x.yaml"),
    ).toThrow(
      'query parameter "m" uses style "matrix" (supported: form, spaceDelimited, pipeDelimited, deepObject)',
    );
  });
});
