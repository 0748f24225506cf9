import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { camelCase, clientOperations, describeDocument } from "@pieces-distributions/codegen/light";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DISTRIBUTION, json, startTestServer, text } from "./helpers/test-server.js";

const run = promisify(execFile);
/**
 * The budget of a test that runs tsx or tsc in a child: 0.6-5.7 s in a cold `pnpm test` on 2 shared cores,
 * over 30 s when other work pushed the load average to 15-25.
 */
const CHILD_BUDGET_MS = 180_000;
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repositoryDir = path.resolve(packageDir, "../..");
const tsx = path.join(packageDir, "node_modules/.bin/tsx");
const tsc = path.join(packageDir, "node_modules/.bin/tsc");
const realDocument = path.join(repositoryDir, "openapi/pieces-os-distributions.yaml");
const workDir = path.join(packageDir, "test/.tmp", `generator-${process.pid}`);

/** The real document plus the fixture's extra operation, written where the generators can read it. */
async function writeFixtureDocument(): Promise<string> {
  const document = parse(await readFile(realDocument, "utf8")) as { paths: Record<string, unknown> };
  const extra = parse(await readFile(path.join(packageDir, "test/fixtures/extra-operation.yaml"), "utf8"));
  Object.assign(document.paths, extra);
  const file = path.join(workDir, "document.yaml");
  await writeFile(file, stringify(document));
  return file;
}

describe("generating from a document with one more operation", () => {
  beforeAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await mkdir(workDir, { recursive: true });
    const document = await writeFixtureDocument();
    // The pipeline `pnpm generate` runs: the models' types first, then the client's table and method types.
    await run(tsx, [
      path.join(repositoryDir, "packages/models/scripts/generate.ts"),
      "--document",
      document,
      "--out-dir",
      path.join(workDir, "models"),
    ]);
    await run(
      tsx,
      [
        "scripts/generate.ts",
        "--document",
        document,
        "--out-file",
        path.join(workDir, "generated/operations.ts"),
        "--models-import",
        "../models/openapi.js",
        "--runtime-import",
        path
          .relative(path.join(workDir, "generated"), path.join(packageDir, "src"))
          .split(path.sep)
          .join("/"),
      ],
      { cwd: packageDir },
    );
    const runtime = path.relative(workDir, path.join(packageDir, "src")).split(path.sep).join("/");
    await writeFile(
      path.join(workDir, "consumer.ts"),
      [
        `import { buildClient } from "${runtime}/internal/build-client.js";`,
        'import { type OperationMethods, operationSpecs } from "./generated/operations.js";',
        'import type { Distribution, paths } from "./models/openapi.js";',
        "",
        "export function makeClient(baseUrl: string) {",
        "  return buildClient<OperationMethods, paths>(operationSpecs, { baseUrl });",
        "}",
        "",
        "export async function getOne(baseUrl: string, id: string): Promise<Distribution> {",
        "  const one: Distribution = await makeClient(baseUrl).distributionsSpecificDistributionSnapshot({ distribution: id });",
        "  return one;",
        "}",
        "",
        "// @ts-expect-error the new method requires its path parameter, like any other.",
        'export const missing = () => makeClient("http://127.0.0.1:1").distributionsSpecificDistributionSnapshot({});',
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
  }, CHILD_BUDGET_MS);

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("adds a row for the new operation to the generated table", async () => {
    const generated = await readFile(path.join(workDir, "generated/operations.ts"), "utf8");
    expect(generated).toContain("distributionsSpecificDistributionSnapshot: {");
    expect(generated).toContain('path: "/distributions/{distribution}"');
    expect(generated).toContain(
      "distributionsSpecificDistributionSnapshot(request: DistributionsSpecificDistributionSnapshotRequest",
    );
  });

  it(
    "types the new method: a consumer using it type-checks, and a call without its parameter does not",
    async () => {
      const result = await run(tsc, ["-p", path.join(workDir, "tsconfig.json")]).catch(
        (error: { stdout: string }) => error,
      );
      expect("stdout" in result ? result.stdout : "").toBe("");
    },
    CHILD_BUDGET_MS,
  );

  it("makes the new method work against a server, through the generic runtime", async () => {
    const server = await startTestServer([json(200, DISTRIBUTION)]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as {
        getOne(baseUrl: string, id: string): Promise<unknown>;
      };
      await expect(consumer.getOne(server.url, "a/b")).resolves.toEqual(DISTRIBUTION);
      expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        "GET /distributions/a%2Fb",
      ]);
    } finally {
      await server.close();
    }
  });

  it("retries the new GET by default, as the table says", async () => {
    const server = await startTestServer([
      text(503, "starting", { "retry-after": "0" }),
      json(200, DISTRIBUTION),
    ]);
    try {
      const consumer = (await import(path.join(workDir, "consumer.ts"))) as {
        getOne(baseUrl: string, id: string): Promise<unknown>;
      };
      await expect(consumer.getOne(server.url, "x")).resolves.toEqual(DISTRIBUTION);
      expect(server.requests).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe("generate --check", () => {
  it(
    "passes for the committed file",
    async () => {
      const { stdout } = await run(tsx, ["scripts/generate.ts", "--check"], { cwd: packageDir });
      expect(stdout).toMatch(/src\/generated\/operations\.ts, .* are up to date/);
    },
    CHILD_BUDGET_MS,
  );

  it(
    "fails naming the stale file",
    async () => {
      const stale = path.join(packageDir, "test/.tmp", `stale-${process.pid}.ts`);
      await mkdir(path.dirname(stale), { recursive: true });
      await writeFile(stale, "// an old version\n");
      try {
        const failure = await run(tsx, ["scripts/generate.ts", "--check", "--out-file", stale], {
          cwd: packageDir,
        }).then(
          () => null,
          (error: { code: number; stderr: string }) => error,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stderr).toContain(`stale-${process.pid}.ts`);
        expect(await readFile(stale, "utf8")).toBe("// an old version\n");
      } finally {
        await rm(stale, { force: true });
      }
    },
    CHILD_BUDGET_MS,
  );
});

describe("reading operations", () => {
  it("names methods as the official SDK does", () => {
    expect(camelCase("distributions_create_new_distribution")).toBe("distributionsCreateNewDistribution");
    expect(camelCase("getThing")).toBe("getThing");
  });

  it("fails naming the operation when it uses what the client cannot send yet", () => {
    const document = {
      openapi: "3.1.0",
      paths: {
        "/things": {
          get: {
            operationId: "things_list",
            parameters: [{ name: "session", in: "cookie", schema: { type: "string" } }],
            responses: { "200": { description: "ok" } },
          },
        },
      },
    };
    expect(() => clientOperations(describeDocument(document, "test.yaml"), ["get"])).toThrow(
      'GET /things: cookie parameter "session" is not supported',
    );
  });

  it("fails naming the operation when a body's content type is neither JSON nor text", () => {
    const document = {
      openapi: "3.1.0",
      paths: {
        "/things": {
          post: {
            operationId: "things_upload",
            requestBody: { content: { "application/octet-stream": { schema: { type: "string" } } } },
            responses: { "204": { description: "ok" } },
          },
        },
      },
    };
    expect(() => clientOperations(describeDocument(document, "test.yaml"), ["get"])).toThrow(
      "POST /things: request body content type application/octet-stream is not supported by the client",
    );
  });
});
