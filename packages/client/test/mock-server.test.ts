import { type MockServer, startMockServer } from "@pieces-distributions/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createDistributionsClient, type DistributionsClient } from "../src/index.js";
import { validateResponses } from "../src/validate.js";

// The real stand-in for Pieces OS, built from the same document: every answer is also validated.
let mock: MockServer;
let client: DistributionsClient;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  client = createDistributionsClient({ baseUrl: mock.url, validateResponses });
});
afterAll(async () => {
  await mock.close();
});

describe("against @pieces-distributions/mock-server", () => {
  it("creates, lists and deletes a distribution, every answer valid against the document", async () => {
    const created = await client.distributionsCreateNewDistribution({
      seededDistribution: {
        github: { gist: { name: "debounce.ts", description: "A typed debounce helper" } },
      },
    });
    expect(created.github?.gist?.name).toBe("debounce.ts");

    const listed = await client.distributionsSnapshot();
    expect(listed.iterable.map((distribution) => distribution.id)).toContain(created.id);

    await client.distributionsDeleteSpecificDistribution({ distribution: created.id });
    const after = await client.distributionsSnapshot();
    expect(after.iterable.map((distribution) => distribution.id)).not.toContain(created.id);
  });

  it("creates a bare distribution without a seed", async () => {
    const created = await client.distributionsCreateNewDistribution();
    expect(created.id).toEqual(expect.any(String));
  });

  it("reports an unknown id as an ApiError with Pieces OS's plain-text explanation", async () => {
    const call = client.distributionsDeleteSpecificDistribution({ distribution: "no-such-id" });

    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({
      status: 500,
      bodyText: expect.stringContaining("no-such-id"),
    });
  });

  it("deletes an id that looks like a path (../create) without reaching another endpoint", async () => {
    const before = (await client.distributionsSnapshot()).iterable.length;

    await expect(
      client.distributionsDeleteSpecificDistribution({ distribution: "../create" }),
    ).rejects.toMatchObject({
      status: 500,
    });
    expect((await client.distributionsSnapshot()).iterable).toHaveLength(before);
  });
});
