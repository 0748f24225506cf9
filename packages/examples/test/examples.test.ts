import { startMockServer } from "@pieces-distributions/mock-server";
import { describe, expect, it } from "vitest";
import { recordingServer, runExample } from "./run-example.js";

/** Fails with the example's output when it did not exit 0. */
function expectSuccess(run: { code: number | null; stdout: string; stderr: string }) {
  expect(run.code, `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
  expect(run.stderr).toBe("");
}

describe("every example runs to exit code 0 against a mock server, and prints the ids it made", () => {
  it("create-distribution", async () => {
    const server = await recordingServer();
    const run = await runExample("create-distribution.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(server.added).toHaveLength(1);
    const [id] = server.added;
    expect(run.stdout).toContain(`Created distribution ${id}\n`);
    expect(run.stdout).toContain("e-mail to   Ada Lovelace <ada@example.com>");
    expect(run.stdout).toContain(`"id": "${id}"`);
  });

  it("delete-distribution, without an id: creates one and deletes it", async () => {
    const server = await recordingServer();
    const run = await runExample("delete-distribution.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(server.added).toHaveLength(1);
    expect(server.removed).toEqual(server.added);
    const [id] = server.added;
    expect(run.stdout).toContain(`created distribution ${id} to delete`);
    expect(run.stdout).toContain(`Deleted distribution ${id}\n  still listed: no (0 distributions left)`);
  });

  it("delete-distribution, with an id", async () => {
    const server = await recordingServer();
    const keep = await fetch(`${server.url}/distributions/create`, { method: "POST" }).then((r) => r.json());
    const doomed = await fetch(`${server.url}/distributions/create`, { method: "POST" }).then((r) =>
      r.json(),
    );
    const run = await runExample("delete-distribution.ts", { PIECES_OS_URL: server.url }, [doomed.id]);
    expectSuccess(run);
    expect(server.removed).toEqual([doomed.id]);
    expect(run.stdout).toContain(
      `Deleted distribution ${doomed.id}\n  still listed: no (1 distribution left)`,
    );
    expect((await server.store.list()).map((distribution) => distribution.id)).toEqual([keep.id]);
  });

  it("snapshot", async () => {
    const server = await recordingServer();
    const seeds = [{ github: { gist: { name: "a.ts" } } }, { mailgun: { recipients: { iterable: [] } } }];
    for (const seed of seeds) {
      await fetch(`${server.url}/distributions/create`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(seed),
      });
    }
    const run = await runExample("snapshot.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(run.stdout).toMatch(/^2 distributions\n/);
    const [first, second] = server.added;
    expect(run.stdout).toContain(first);
    expect(run.stdout).toContain(second);
    expect(run.stdout.indexOf(first ?? "-")).toBeLessThan(run.stdout.indexOf(second ?? "-"));
  });

  it("snapshot of an empty server", async () => {
    const server = await recordingServer();
    const run = await runExample("snapshot.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(run.stdout).toBe("0 distributions\n");
  });

  it("round-trip", async () => {
    const server = await recordingServer();
    const run = await runExample("round-trip.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(server.added).toHaveLength(2);
    const [email, gist] = server.added;
    expect(server.removed).toEqual([email, gist]);
    expect(run.stdout).toContain(`1. Created an e-mail distribution ${email}\n`);
    expect(run.stdout).toContain(`2. Created a gist distribution ${gist}\n`);
    expect(run.stdout).toContain("3. Listed 2 distribution(s):");
    expect(run.stdout).toContain(`4. Deleted the e-mail distribution ${email}\n`);
    expect(run.stdout).toContain("5. Listed 1 distribution(s):");
    expect(run.stdout).toContain(`6. Cleaned up: deleted the gist distribution ${gist}\n`);
    expect(await server.store.list()).toEqual([]);
  });

  it("errors: each error class, provoked and handled", async () => {
    const server = await recordingServer();
    const run = await runExample("errors.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(run.stdout).toContain(
      `  ApiError: status 500, POST ${server.url}/distributions/no-such-distribution/delete\n  body: distribution not found: no-such-distribution\n`,
    );
    // The messages are the client's to word; what the example shows is which class each failure is.
    const sections = run.stdout.split(/\n(?=\d\. )/).slice(1);
    expect(sections.map((section) => /\n {2}(\w+): /.exec(section)?.[1])).toEqual([
      "ApiError",
      "ApiConnectionError",
      "ApiTimeoutError",
      "ApiAbortError",
      "ApiResponseError",
      "ResponseValidationError",
      "InvalidArgumentError",
    ]);
    expect(sections[2]).toContain("/silent/distributions");
    expect(sections[4]).toContain("/html/distributions");
    expect(sections[5]).toContain("/iterable/0/id");
    expect(sections[6]).toContain("timeoutMs");
    expect(run.stdout).not.toContain("(no error)");
    expect(server.added).toEqual([]);
  });
});

describe("the start script (what `pnpm start` runs)", () => {
  it("without PIECES_OS_URL: starts its own mock server, runs the round trip, stops it, exits 0", async () => {
    const run = await runExample("start.ts", { PIECES_OS_URL: undefined });
    expectSuccess(run);
    expect(run.stdout).toMatch(
      /^Started a mock Pieces OS at http:\/\/127\.0\.0\.1:\d+ \(set PIECES_OS_URL to use a real one\)\.\n/,
    );
    expect(run.stdout).toMatch(/1\. Created an e-mail distribution [0-9a-f-]{36}\n/);
    expect(run.stdout).toContain("6. Cleaned up: deleted the gist distribution");
    expect(run.stdout).toMatch(/The round trip worked\.\nStopped the mock Pieces OS\.\n$/);
  });

  it("with PIECES_OS_URL: uses that server and starts none", async () => {
    const server = await recordingServer();
    const run = await runExample("start.ts", { PIECES_OS_URL: server.url });
    expectSuccess(run);
    expect(run.stdout).toMatch(
      new RegExp(`^Using the Pieces OS at ${server.url} \\(from PIECES_OS_URL\\)\\.\\n`),
    );
    expect(server.added).toHaveLength(2);
    for (const id of server.added) expect(run.stdout).toContain(id);
    expect(run.stdout).not.toContain("Stopped the mock");
  });

  it("exits non-zero with the client's error when nothing listens at PIECES_OS_URL", async () => {
    const closed = await startMockServer({ port: 0 });
    await closed.close();
    const run = await runExample("start.ts", { PIECES_OS_URL: closed.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The round trip failed (exit code 1).");
    expect(run.stderr).toContain("ApiConnectionError");
  });
});
