import { describeDocument, operationRow } from "@pieces-distributions/codegen/light";
import { type OperationDescriptor, operationTable } from "@pieces-distributions/models";
import { validateSchema } from "@pieces-distributions/models/validators";
import { describe, expect, it } from "vitest";
import { documentedHandler } from "../src/handlers.js";
import { createMemoryStore } from "../src/memory-store.js";
import { checkParameters } from "../src/parameters.js";

/** A document with operations the mock server has no code for, read the way `pnpm generate` reads it. */
const fixture = describeDocument(
  {
    openapi: "3.1.0",
    paths: {
      "/distributions/{distribution}": {
        get: {
          operationId: "distributions_specific_distribution_snapshot",
          "x-mock-collection": "distributions",
          parameters: [{ name: "distribution", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          },
        },
      },
      "/things": {
        get: {
          operationId: "things_list",
          responses: {
            "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: "object",
          required: ["id", "at", "tags"],
          properties: {
            id: { type: "string", format: "uuid" },
            at: { type: "string", format: "date-time" },
            tags: { type: "array", minItems: 1, items: { type: "string" } },
          },
        },
      },
    },
  },
  "fixture.yaml",
);
const row = (id: string) =>
  operationRow(
    fixture.operations.find((o) => o.operationId === id) as never,
    fixture.document,
  ) as unknown as OperationDescriptor;
const request = (parameters: Record<string, string> = {}) => ({
  parameters,
  body: Buffer.alloc(0),
  contentType: undefined,
  store: createMemoryStore(),
  sources: {},
});

describe("operations without handler code", () => {
  it("answer their documented success with a value built from the schema", async () => {
    const reply = await documentedHandler(row("things_list"))(request());
    expect(reply).toEqual({
      status: 200,
      json: { id: "00000000-0000-4000-8000-000000000000", at: "2026-01-01T00:00:00.000Z", tags: ["string"] },
    });
  });

  it("read one stored item by id with x-mock-collection, and refuse an unknown id", async () => {
    const handler = documentedHandler(row("distributions_specific_distribution_snapshot"));
    const store = createMemoryStore();
    const stored = (
      operationTable.distributions_snapshot.mockAnswer.json as unknown as { iterable: { id: string }[] }
    ).iterable[0] as never;
    await store.add(stored);
    await expect(
      handler({ ...request({ distribution: (stored as { id: string }).id }), store }),
    ).resolves.toEqual({ status: 200, json: stored });
    await expect(handler({ ...request({ distribution: "nope" }), store })).rejects.toThrow(
      "distribution not found: nope",
    );
  });

  it("refuse an x-mock-collection they cannot serve", () => {
    expect(() =>
      documentedHandler({ ...row("things_list"), extensions: { "x-mock-collection": "assets" } }),
    ).toThrow("x-mock-collection must be one of distributions");
  });

  it("every operation of the real document has a default answer that passes the validators", () => {
    for (const operation of Object.values(operationTable) as OperationDescriptor[]) {
      const schema = operation.responses[String(operation.mockAnswer.status)]?.schema;
      if (schema === null || schema === undefined) continue;
      const result = validateSchema(schema as never, operation.mockAnswer.json);
      expect(result.ok ? [] : result.problems, operation.operationId).toEqual([]);
    }
  });
});

describe("parameter checks", () => {
  const withLimit = {
    ...(operationTable.distributions_snapshot as OperationDescriptor),
    parameters: [
      {
        name: "limit",
        in: "query" as const,
        required: true,
        style: "form" as const,
        explode: true,
        kind: "scalar" as const,
        textTypes: { "": "integer" },
        schema: { type: "integer" },
      },
    ],
  };
  it("refuse a missing required parameter, naming it", () => {
    expect(() => checkParameters(withLimit, new URL("http://x/distributions"), {})).toThrow(
      "query parameter limit is required",
    );
    expect(() => checkParameters(withLimit, new URL("http://x/distributions?limit=2"), {})).not.toThrow();
  });

  // The validators have no schema under these made-up keys, so what is checked here is the decoding.
  const decoded: unknown[] = [];
  const recording = (parameters: OperationDescriptor["parameters"]) => ({
    ...(operationTable.distributions_snapshot as OperationDescriptor),
    operationId: "decoding",
    parameters,
  });
  const parameter = (fields: Partial<OperationDescriptor["parameters"][number]>) => ({
    name: "p",
    in: "query" as const,
    required: true,
    style: "form" as const,
    explode: true,
    kind: "scalar" as const,
    textTypes: { "": "string" },
    schema: {},
    ...fields,
  });
  it("decodes every query style OpenAPI defines, reading numbers as numbers", async () => {
    const { operationValidators } = await import("@pieces-distributions/models/validators");
    const validators = operationValidators as Record<
      string,
      (value: unknown) => { ok: true; value: unknown }
    >;
    validators["decoding parameter p"] = (value) => {
      decoded.push(value);
      return { ok: true, value };
    };
    validators["decoding parameter filter"] = validators["decoding parameter p"];
    try {
      const cases: [Partial<OperationDescriptor["parameters"][number]>, string][] = [
        [{ kind: "array", textTypes: { "": "integer" } }, "p=1&p=2"],
        [{ kind: "array", explode: false }, "p=a,b"],
        [{ kind: "array", explode: false, style: "spaceDelimited" }, "p=a%20b"],
        [{ kind: "array", explode: false, style: "pipeDelimited" }, "p=a%7Cb"],
        [{ kind: "object", textTypes: { from: "integer", to: "integer" } }, "from=1&to=5&other=x"],
        [{ kind: "object", explode: false, textTypes: { from: "integer" } }, "p=from,1,name,x"],
        [
          { name: "filter", kind: "object", style: "deepObject", textTypes: { min: "integer" } },
          "filter%5Bmin%5D=2&filter[name]=x",
        ],
      ];
      for (const [fields, query] of cases)
        checkParameters(recording([parameter(fields)]), new URL(`http://x/distributions?${query}`), {});
    } finally {
      delete validators["decoding parameter p"];
      delete validators["decoding parameter filter"];
    }
    expect(decoded).toEqual([
      [1, 2],
      ["a", "b"],
      ["a", "b"],
      ["a", "b"],
      { from: 1, to: 5 },
      { from: 1, name: "x" },
      { min: 2, name: "x" },
    ]);
  });

  it("treats an exploded object none of whose properties is sent as absent", () => {
    const range = parameter({ kind: "object", textTypes: { from: "integer" } });
    expect(() => checkParameters(recording([range]), new URL("http://x/distributions?to=5"), {})).toThrow(
      "query parameter p is required",
    );
  });
});
