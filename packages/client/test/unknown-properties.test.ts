import { afterEach, describe, expect, it } from "vitest";
import { createDistributionsClient, InvalidArgumentError, type SeededDistribution } from "../src/index.js";
import { DISTRIBUTION, json, startTestServer, type TestServer } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Creates with `seed` as plain JavaScript would (no type checking) against a server that would accept it. */
async function createWith(seed: unknown): Promise<unknown> {
  await server?.close();
  server = await startTestServer([json(200, DISTRIBUTION)]);
  const client = createDistributionsClient({ baseUrl: server.url });
  return client.distributionsCreateNewDistribution({ seededDistribution: seed as SeededDistribution });
}

describe("request-body properties the document does not know", { timeout: 30_000 }, () => {
  it("refuses the official SDK's _public, naming the path and the wire name, and sends nothing", async () => {
    await expect(createWith({ github: { gist: { name: "x.ts", _public: false } } })).rejects.toThrow(
      new InvalidArgumentError(
        "/github/gist/_public: not a property of SeededGitHubGistDistribution; did you mean public?",
      ),
    );
    expect(server?.requests).toHaveLength(0);
  });

  it("names the path inside arrays, and suggests only a name that differs by case, _ or -", async () => {
    await expect(
      createWith({ mailgun: { recipients: { iterable: [{ email: "a@b.c" }, { Email: "d@e.f" }] } } }),
    ).rejects.toThrow(
      "/mailgun/recipients/iterable/1/Email: not a property of PersonBasicType; did you mean email?",
    );
    await expect(createWith({ mailgun: { recipients: { iterable: [{ emial: "a@b.c" }] } } })).rejects.toThrow(
      /^\/mailgun\/recipients\/iterable\/0\/emial: not a property of PersonBasicType$/,
    );
    await expect(createWith({ gist: { name: "x.ts" } })).rejects.toThrow(
      "/gist: not a property of SeededDistribution",
    );
    expect(server?.requests).toHaveLength(0);
  });

  it("escapes the JSON Pointer and ignores properties whose value is undefined (JSON leaves them out)", async () => {
    await expect(createWith({ "a/b~c": 1 })).rejects.toThrow(
      "/a~1b~0c: not a property of SeededDistribution",
    );
    await expect(
      createWith({ github: { gist: { name: "x.ts", public: false, _public: undefined } } }),
    ).resolves.toEqual(DISTRIBUTION);
    expect(JSON.parse(server?.requests[0]?.body ?? "")).toEqual({
      github: { gist: { name: "x.ts", public: false } },
    });
  });

  it("sends a body that uses only the document's names, at every depth", async () => {
    const seed = {
      schema: { migration: 0, semantic: "MAJOR_0_MINOR_0_PATCH_1" },
      mailgun: { recipients: { iterable: [{ email: "a@b.c", mailgun: { messageId: "m" } }] } },
      github: { gist: { name: "x.ts", public: false, recipients: { iterable: [{ username: "octocat" }] } } },
    };
    await expect(createWith(seed)).resolves.toEqual(DISTRIBUTION);
    expect(JSON.parse(server?.requests[0]?.body ?? "")).toEqual(seed);
  });
});
