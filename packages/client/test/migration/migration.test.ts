/**
 * The migration promise, tested as a user would meet it: a TypeScript file and a plain-JavaScript script
 * written for the official SDK (@pieces.app/pieces-os-client 4.1.0) run once as they are and once with only
 * the import changed to @pieces-distributions/client/compat, each against a fresh mock server (with fixed
 * ids and clock) behind a recording loopback proxy. Both runs must print the same and send the same
 * requests, and both TypeScript files must type-check (the copy also under moduleResolution node10).
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startMockServer } from "@pieces-distributions/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, "../..");
const tmpDir = path.join(packageDir, "test/.tmp/migration");
const bin = (name: string) => path.join(packageDir, "node_modules/.bin", name);
const OFFICIAL = `from "@pieces.app/pieces-os-client"`;
const COMPAT = `from "@pieces-distributions/client/compat"`;

/** What the loopback proxy saw of one request. */
interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** A mock server with fixed ids, clock and random bytes, behind a proxy recording every request. */
async function startRecordedMock(): Promise<{ url: string; wire: WireRequest[]; close(): Promise<void> }> {
  let counter = 0;
  const mock = await startMockServer({
    sources: {
      now: () => new Date("2026-11-28T09:15:00.000Z"),
      uuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`,
      randomBytes: (size) => Uint8Array.from({ length: size }, (_, index) => (index * 7 + counter) % 256),
    },
  });
  const target = new URL(mock.url);
  const wire: WireRequest[] = [];
  const proxy = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      wire.push({
        method: incoming.method ?? "",
        path: incoming.url ?? "",
        contentType: incoming.headers["content-type"],
        body: body.toString("utf8"),
      });
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forward.on("error", () => outgoing.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    wire,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await mock.close();
    },
  };
}

/** The URL of a loopback server that was started and closed again: nothing listens there. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Runs `file` (with node, or tsx for .ts) against a fresh recorded mock; what it printed and what it sent. */
async function runAgainstMock(
  file: string,
  dead: string,
): Promise<{ printed: unknown; wire: WireRequest[] }> {
  const mock = await startRecordedMock();
  try {
    const [command, args] = file.endsWith(".ts") ? [bin("tsx"), [file]] : [process.execPath, [file]];
    const { stdout } = await run(command, [...args, mock.url, dead], { cwd: packageDir, timeout: 240_000 });
    return { printed: JSON.parse(stdout), wire: mock.wire };
  } finally {
    await mock.close();
  }
}

/** A copy of `source` in the temporary folder with only the import changed to the compat entry. */
async function compatCopy(source: string): Promise<string> {
  const text = await readFile(path.join(here, source), "utf8");
  expect(text.split(OFFICIAL)).toHaveLength(2); // exactly one import to change
  const target = path.join(tmpDir, source.replace("official", "compat"));
  await writeFile(target, text.replace(OFFICIAL, COMPAT));
  return target;
}

let dead: string;
beforeAll(async () => {
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(tmpDir, { recursive: true });
  dead = await deadUrl();
});
afterAll(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

describe("migrating from the official SDK by changing the import", () => {
  it("the TypeScript file prints the same and sends the same requests with either import", async () => {
    const compatFile = await compatCopy("official-sdk-usage.ts");
    const official = await runAgainstMock(path.join(here, "official-sdk-usage.ts"), dead);
    const compat = await runAgainstMock(compatFile, dead);

    expect(compat.printed).toEqual(official.printed);
    expect(compat.wire).toEqual(official.wire);
    // And what they agree on is what the script meant.
    expect(official.printed).toMatchObject({
      isPrivate: true,
      githubId: expect.any(String),
      year: 2026,
      isDate: true,
      recipient: "GIT_HUB",
      rawStatus: 200,
      snapshotLength: 3,
      snapshotDates: true,
      notFound: { name: "ResponseError", status: 500 },
      required: { name: "RequiredError", field: "distribution" },
      unreachable: { name: "FetchError" },
    });
    expect(JSON.parse(official.wire[0]?.body ?? "")).toMatchObject({ github: { gist: { public: false } } });
  }, 300_000);

  it("the plain-JavaScript script keeps a gist seeded `_public: false` private with either import", async () => {
    const compatFile = await compatCopy("official-sdk-usage.mjs");
    const official = await runAgainstMock(path.join(here, "official-sdk-usage.mjs"), dead);
    const compat = await runAgainstMock(compatFile, dead);

    expect(compat.printed).toEqual(official.printed);
    expect(compat.wire).toEqual(official.wire);
    expect(official.printed).toMatchObject({
      secretIsPublic: false,
      openIsPublic: true,
      isDate: true,
      status: 500,
    });
  }, 300_000);

  it("type-checks both TypeScript files, the compat copy also under moduleResolution node10 without skipLibCheck", async () => {
    const compatFile = await compatCopy("official-sdk-usage.ts");
    const strict = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], types: ["node"] };
    await writeFile(
      path.join(tmpDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true },
        files: [path.join(here, "official-sdk-usage.ts"), compatFile],
      }),
    );
    await expect(
      run(bin("tsc"), ["-p", path.join(tmpDir, "tsconfig.json")], { cwd: packageDir }),
    ).resolves.toBeDefined();

    // node10 ignores `exports`: the package is found in node_modules, its subpaths through typesVersions.
    const node10Dir = path.join(tmpDir, "node10");
    await mkdir(path.join(node10Dir, "node_modules/@pieces-distributions"), { recursive: true });
    await symlink(packageDir, path.join(node10Dir, "node_modules/@pieces-distributions/client"), "dir");
    const source = (await readFile(compatFile, "utf8")).replace(
      "console.log(JSON.stringify(await main(basePath, deadBasePath)));",
      "void main(basePath, deadBasePath).then((result) => console.log(JSON.stringify(result)));",
    );
    // The root entry beside it, and the models' validators subpath it uses: both resolve there too.
    const root = `import { createDistributionsClient, type Distribution as WireDistribution } from "@pieces-distributions/client";\nexport const rootCreated: Promise<WireDistribution> = createDistributionsClient().distributionsCreateNewDistribution();\n`;
    await writeFile(path.join(node10Dir, "usage.ts"), `${root}${source}`);
    await writeFile(
      path.join(node10Dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...strict, module: "commonjs", moduleResolution: "node", skipLibCheck: false },
        files: ["usage.ts"],
      }),
    );
    const result = await run(bin("tsc"), ["-p", path.join(node10Dir, "tsconfig.json")], {
      cwd: node10Dir,
    }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe("");
  }, 300_000);
});
