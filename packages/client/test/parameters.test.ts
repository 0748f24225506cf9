import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DISTRIBUTION, json, startTestServer, text } from "./helpers/test-server.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repositoryDir = path.resolve(packageDir, "../..");
const tsx = path.join(packageDir, "node_modules/.bin/tsx");
const tsc = path.join(packageDir, "node_modules/.bin/tsc");
const workDir = path.join(packageDir, "test/.tmp", `parameters-${process.pid}`);

type Consumer = {
  search(baseUrl: string): Promise<unknown>;
  searchWithout(baseUrl: string): Promise<unknown>;
  note(baseUrl: string): Promise<string>;
  snapshot(baseUrl: string): Promise<unknown>;
  viaMiddleware(baseUrl: string): Promise<unknown>;
  noteViaMiddleware(baseUrl: string): Promise<string>;
  compatSearch(basePath: string): Promise<unknown>;
  compatSearchWithout(basePath: string): Promise<unknown>;
  compatMissing(basePath: string): Promise<unknown>;
  compatNote(basePath: string): Promise<string>;
  latest(baseUrl: string): Promise<unknown>;
};

describe("query and header parameters, text bodies and answers, from a document that adds them", () => {
  beforeAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    const document = parse(
      await readFile(path.join(repositoryDir, "openapi/pieces-os-distributions.yaml"), "utf8"),
    );
    Object.assign(
      document.paths,
      parse(await readFile(path.join(packageDir, "test/fixtures/parameters-operation.yaml"), "utf8")),
    );
    // The first parameter of an existing operation: distributionsSnapshot() must keep working without one.
    document.paths["/distributions"].get.parameters = [
      { name: "limit", in: "query", schema: { type: "integer" } },
    ];
    const file = path.join(workDir, "document.yaml");
    await writeFile(file, stringify(document));
    const runtime = path
      .relative(path.join(workDir, "generated"), path.join(packageDir, "src"))
      .split(path.sep)
      .join("/");
    await run(tsx, [
      path.join(repositoryDir, "packages/models/scripts/generate.ts"),
      "--document",
      file,
      "--out-dir",
      path.join(workDir, "models"),
    ]);
    await run(
      tsx,
      [
        "scripts/generate.ts",
        "--document",
        file,
        "--out-file",
        path.join(workDir, "generated/operations.ts"),
        "--models-import",
        "../models/openapi.js",
        "--runtime-import",
        runtime,
      ],
      { cwd: packageDir },
    );
    expect(await readFile(path.join(workDir, "generated/compat-models.ts"), "utf8")).toContain(
      "distributionsSearch(requestParameters: DistributionsSearchRequest,",
    );
    const source = path.relative(workDir, path.join(packageDir, "src")).split(path.sep).join("/");
    await writeFile(
      path.join(workDir, "consumer.ts"),
      [
        `import { buildClient } from "${source}/internal/build-client.js";`,
        'import { type OperationMethods, operationSpecs } from "./generated/operations.js";',
        'import type { Distributions, paths } from "./models/openapi.js";',
        "",
        "// Every other query style: pipe- and space-delimited arrays, a deepObject and a form-exploded object.",
        'const STYLED = { colors: ["red", "green"], words: ["one", "two"], filter: { name: "x y", min: 2 }, range: { from: 1, to: 5 } };',
        "const make = (baseUrl: string) => buildClient<OperationMethods, paths>(operationSpecs, { baseUrl, maxRetries: 0 });",
        "export const search = (baseUrl: string): Promise<Distributions> =>",
        '  make(baseUrl).distributionsSearch({ limit: 2, label: ["a b", "c&d"], fields: ["id", "share"], xRequestTag: "t-1", ...STYLED });',
        "export const searchWithout = (baseUrl: string) => make(baseUrl).distributionsSearch({ limit: 1, label: undefined });",
        'export const note = (baseUrl: string): Promise<string> => make(baseUrl).distributionsAddNote({ body: "héllo" });',
        "export const snapshot = (baseUrl: string) => make(baseUrl).distributionsSnapshot();",
        "// A 200 with JSON beside a 204 without a body: the 204 resolves with undefined.",
        'export const latest = (baseUrl: string): Promise<import("./models/openapi.js").Distribution | undefined> =>',
        "  make(baseUrl).distributionsLatest();",
        "// @ts-expect-error the answer may be undefined",
        'export const latestAlways = (baseUrl: string): Promise<import("./models/openapi.js").Distribution> => make(baseUrl).distributionsLatest();',
        "// Through openapi-fetch (middleware given): the same wire format.",
        "export const viaMiddleware = (baseUrl: string) =>",
        "  buildClient<OperationMethods, paths>(operationSpecs, { baseUrl, middleware: [{ onRequest: ({ request }) => request }] })",
        '    .distributionsSearch({ limit: 3, label: ["x"], xRequestTag: "m" });',
        "export const noteViaMiddleware = (baseUrl: string) =>",
        "  buildClient<OperationMethods, paths>(operationSpecs, { baseUrl, middleware: [{ onRequest: ({ request }) => request }] })",
        '    .distributionsAddNote({ body: "plain" });',
        "// The compat entry's runtime over the same generated tables: the official SDK's wire format.",
        `import { Configuration } from "${source}/compat/runtime.js";`,
        'import { DistributionsApi } from "./generated/compat-apis.js";',
        "const api = (basePath: string) => new DistributionsApi(new Configuration({ basePath, maxRetries: 0 }));",
        "export const compatSearch = (basePath: string) =>",
        '  api(basePath).distributionsSearch({ limit: 2, label: ["a b", "c&d"], fields: ["id", "share"], xRequestTag: "t-1", ...STYLED });',
        "// As in the official types, an optional property is left out rather than undefined (a JavaScript caller may pass undefined).",
        "export const compatSearchWithout = (basePath: string) => api(basePath).distributionsSearch({ limit: 1, ...({ label: undefined } as {}) });",
        "// @ts-expect-error limit is required",
        "export const compatMissing = (basePath: string) => api(basePath).distributionsSearch({});",
        'export const compatNote = (basePath: string): Promise<string> => api(basePath).distributionsAddNote({ body: "héllo" });',
        "// @ts-expect-error limit is a number",
        'export const compatWrong = () => api("http://127.0.0.1:1").distributionsSearch({ limit: "2" });',
        "",
        "// @ts-expect-error limit is required",
        'export const missing = () => make("http://127.0.0.1:1").distributionsSearch({});',
        "// @ts-expect-error limit is a number",
        'export const wrong = () => make("http://127.0.0.1:1").distributionsSearch({ limit: "2" });',
        "// @ts-expect-error the wire name is not the property name",
        'export const wire = () => make("http://127.0.0.1:1").distributionsSearch({ limit: 1, "X-Request-Tag": "x" });',
        "",
      ].join("\n"),
    );
    await writeFile(
      path.join(workDir, "tsconfig.json"),
      JSON.stringify({
        extends: path.join(repositoryDir, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, types: [] },
        files: ["consumer.ts"],
      }),
    );
  }, 90_000);

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("types the parameters: required, optional, camelCase, and wrong ones refused", async () => {
    const result = await run(tsc, ["-p", path.join(workDir, "tsconfig.json")]).catch(
      (error: { stdout: string }) => error,
    );
    expect("stdout" in result ? result.stdout : "").toBe("");
    const generated = await readFile(path.join(workDir, "generated/operations.ts"), "utf8");
    expect(generated).toContain(
      "distributionsSearch(request: DistributionsSearchRequest, options?: RequestOptions): Promise<Distributions>;",
    );
    expect(generated).toContain(
      "distributionsSnapshot(request?: DistributionsSnapshotRequest, options?: RequestOptions): Promise<Distributions>;",
    );
  }, 60_000);

  it("sends the query in each parameter's style (form arrays repeated or comma-joined, pipe, space, deepObject, exploded object) and the header", async () => {
    const server = await startTestServer([json(200, { iterable: [] })]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as Consumer;
      await expect(consumer.search(server.url)).resolves.toEqual({ iterable: [] });
      await consumer.searchWithout(server.url);
      await consumer.snapshot(server.url);
      await consumer.viaMiddleware(server.url);
      expect(server.requests.map((request) => request.path)).toEqual([
        "/distributions/search?limit=2&label=a%20b&label=c%26d&fields=id,share&colors=red%7Cgreen&words=one%20two&filter%5Bname%5D=x%20y&filter%5Bmin%5D=2&from=1&to=5",
        "/distributions/search?limit=1",
        "/distributions",
        "/distributions/search?limit=3&label=x",
      ]);
      expect(server.requests[3]?.headers["x-request-tag"]).toBe("m");
      expect(server.requests[0]?.headers["x-request-tag"]).toBe("t-1");
      expect(server.requests[1]?.headers["x-request-tag"]).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("resolves a 204 beside a documented 200 with undefined, and still refuses a 200 without its JSON", async () => {
    const server = await startTestServer([
      json(200, DISTRIBUTION),
      { status: 204, headers: {}, body: "" },
      { status: 200, headers: { "content-type": "application/json" }, body: "" },
    ]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as Consumer;
      await expect(consumer.latest(server.url)).resolves.toEqual(DISTRIBUTION);
      await expect(consumer.latest(server.url)).resolves.toBeUndefined();
      await expect(consumer.latest(server.url)).rejects.toMatchObject({
        name: "ApiResponseError",
        status: 200,
      });
    } finally {
      await server.close();
    }
  });

  it("sends a text/plain body and resolves a text answer", async () => {
    const server = await startTestServer([text(201, "note-7")]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as Consumer;
      await expect(consumer.note(server.url)).resolves.toBe("note-7");
      await expect(consumer.noteViaMiddleware(server.url)).resolves.toBe("note-7");
      expect(server.requests.map((request) => [request.body, request.headers["content-type"]])).toEqual([
        ["héllo", "text/plain"],
        ["plain", "text/plain"],
      ]);
    } finally {
      await server.close();
    }
  });

  it("sends the official SDK's query string and header through the compat entry, and checks required parameters first", async () => {
    const server = await startTestServer([json(200, { iterable: [] })]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as Consumer;
      await expect(consumer.compatSearch(server.url)).resolves.toEqual({ iterable: [] });
      await consumer.compatSearchWithout(server.url);
      await expect(consumer.compatMissing(server.url)).rejects.toMatchObject({
        name: "RequiredError",
        field: "limit",
        message: 'Required parameter "limit" was null or undefined when calling distributionsSearch().',
      });
      // As typescript-fetch: arrays repeated, `explode: false` joined by the collection format (csv, pipes,
      // ssv) and encoded, every object as `name[key]` whatever its style.
      expect(server.requests.map((request) => request.path)).toEqual([
        "/distributions/search?limit=2&label=a%20b&label=c%26d&fields=id%2Cshare&colors=red%7Cgreen&words=one%20two&filter%5Bname%5D=x%20y&filter%5Bmin%5D=2&range%5Bfrom%5D=1&range%5Bto%5D=5",
        "/distributions/search?limit=1",
      ]);
      expect(server.requests[0]?.headers["x-request-tag"]).toBe("t-1");
      expect(server.requests[1]?.headers["x-request-tag"]).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("sends a text/plain body and resolves a text answer through the compat entry", async () => {
    const server = await startTestServer([text(201, "note-7")]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as Consumer;
      await expect(consumer.compatNote(server.url)).resolves.toBe("note-7");
      expect(server.requests.map((request) => [request.body, request.headers["content-type"]])).toEqual([
        ["héllo", "text/plain"],
      ]);
    } finally {
      await server.close();
    }
  });
});
