// ESM consumer of the packed packages, run by `pnpm release:dry` in a fresh project outside the workspace:
// imports every package by name, as a user's project would, and drives the client against the mock server.
import assert from "node:assert/strict";
import { createDistributionsClient } from "@pieces-distributions/client";
import { startMockServer } from "@pieces-distributions/mock-server";
import { validateDistribution } from "@pieces-distributions/models/validators";

const server = await startMockServer({ port: 0 });
try {
  const client = createDistributionsClient({ baseUrl: server.url });
  const created = await client.distributionsCreateNewDistribution({
    seededDistribution: { mailgun: { recipients: { iterable: [{ email: "ada@example.com" }] } } },
  });
  assert.equal(validateDistribution(created).ok, true, "the created distribution matches the document");
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
console.log("esm: create, snapshot and delete through the packed client against the packed mock server");
