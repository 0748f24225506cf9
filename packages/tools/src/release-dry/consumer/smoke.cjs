// CommonJS consumer of the packed packages, run by `pnpm release:dry` in a fresh project outside the
// workspace: `require`s every package by name and drives the client against the mock server.
const assert = require("node:assert/strict");
const { createDistributionsClient } = require("@pieces-distributions/client");
const { startMockServer } = require("@pieces-distributions/mock-server");
const { validateDistribution } = require("@pieces-distributions/models/validators");

async function main() {
  const server = await startMockServer({ port: 0 });
  try {
    const client = createDistributionsClient({ baseUrl: server.url });
    const created = await client.distributionsCreateNewDistribution({
      seededDistribution: { github: { gist: { name: "debounce.ts", public: false } } },
    });
    assert.equal(validateDistribution(created).ok, true, "the created distribution matches the document");
    assert.equal(created.github?.gist?.name, "debounce.ts");
    const snapshot = await client.distributionsSnapshot();
    assert.deepEqual(
      snapshot.iterable.map((distribution) => distribution.id),
      [created.id],
    );
    await client.distributionsDeleteSpecificDistribution({ distribution: created.id });
    assert.equal((await client.distributionsSnapshot()).iterable.length, 0);
  } finally {
    await server.close();
  }
  console.log("cjs: create, snapshot and delete through the packed client against the packed mock server");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
