import { afterEach, describe, expect, it } from "vitest";
import {
  Configuration,
  DistributionsApi,
  FetchError,
  RequiredError,
  ResponseError,
} from "../src/compat/index.js";
import { InvalidArgumentError } from "../src/index.js";
import { DISTRIBUTION, json, startTestServer, type TestServer, text } from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const GIST_DISTRIBUTION = {
  ...DISTRIBUTION,
  github: {
    gist: {
      name: "debounce.ts",
      public: false,
      recipients: { iterable: [] },
      created: { value: "2026-11-28T09:15:00.000Z" },
      updated: { value: "2026-11-28T09:15:00.000Z" },
      github_id: "aa5a315d61ae9438b18d",
      url: "https://gist.github.com/aa5a315d61ae9438b18d",
      unknown_to_the_document: 1,
    },
  },
};

describe("the compat entry, shaped like the official SDK", { timeout: 30_000 }, () => {
  it("sends official names as wire names and answers in the official shape, with Dates", async () => {
    server = await startTestServer([json(200, GIST_DISTRIBUTION)]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));

    const created = await api.distributionsCreateNewDistribution({
      seededDistribution: { github: { gist: { name: "debounce.ts", _public: false } } },
    });

    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      github: { gist: { name: "debounce.ts", public: false } },
    });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    const gist = created.github?.gist;
    expect(gist?._public).toBe(false);
    expect(gist?.githubId).toBe("aa5a315d61ae9438b18d");
    expect(created.share._short).toBe("Ab3dE9");
    expect(created.created.value).toBeInstanceOf(Date);
    expect(created.created.value.getUTCFullYear()).toBe(2026);
    // As the official FromJSON: every property of the model is there (undefined when absent), no others.
    expect(Object.keys(created).sort()).toEqual(
      ["created", "deleted", "github", "id", "mailgun", "schema", "share", "updated"].sort(),
    );
    expect(gist).not.toHaveProperty("unknown_to_the_document");
  });

  it("refuses a wire name where the official model has another, naming the path and the official name", async () => {
    server = await startTestServer([json(200, DISTRIBUTION)]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));
    const untyped = api.distributionsCreateNewDistribution.bind(api) as (
      request: unknown,
    ) => Promise<unknown>;

    await expect(
      untyped({ seededDistribution: { github: { gist: { name: "x", public: false } } } }),
    ).rejects.toThrow(
      new InvalidArgumentError(
        "/github/gist/public: not a property of SeededGitHubGistDistribution; did you mean _public?",
      ),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("gives ...Raw methods { raw, value() } with the Response's body unread", async () => {
    server = await startTestServer([json(200, { iterable: [GIST_DISTRIBUTION] })]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));

    const result = await api.distributionsSnapshotRaw();

    expect(result.raw.status).toBe(200);
    expect(result.raw.bodyUsed).toBe(false);
    const snapshot = await result.value();
    expect(snapshot.iterable[0]?.github?.gist?._public).toBe(false);
  });

  it("calls fetchApi(url, init) with the official init, and runs official middleware", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const order: string[] = [];
    const api = new DistributionsApi(
      new Configuration({
        apiKey: "app-1",
        headers: { "x-app": "legacy" },
        fetchApi: async (url, init) => {
          seen.push({ url: String(url), init: init ?? {} });
          return new Response(null, { status: 204 });
        },
      }),
    ).withPreMiddleware(async (context) => {
      order.push(`pre ${context.url}`);
    });

    await api.distributionsDeleteSpecificDistribution({ distribution: "x" });

    expect(order).toEqual(["pre http://localhost:1000/distributions/x/delete"]);
    expect(seen[0]?.url).toBe("http://localhost:1000/distributions/x/delete");
    expect(seen[0]?.init.method).toBe("POST");
    expect(seen[0]?.init.headers).toEqual({ "x-app": "legacy", "X-Application-ID": "app-1" });
  });

  it("throws ResponseError with the Response, FetchError for a dead server, RequiredError for no id", async () => {
    server = await startTestServer([text(500, "boom")]);
    const api = new DistributionsApi(new Configuration({ basePath: server.url }));

    const error = await api.distributionsCreateNewDistribution().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).response.status).toBe(500);
    await expect((error as ResponseError).response.text()).resolves.toBe("boom");

    const deadUrl = server.url;
    await server.close();
    server = undefined;
    const dead = new DistributionsApi(new Configuration({ basePath: deadUrl, maxRetries: 0 }));
    const failure = await dead.distributionsSnapshot().catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(FetchError);
    expect((failure as FetchError).cause).toBeInstanceOf(TypeError);

    const untyped = dead.distributionsDeleteSpecificDistribution.bind(dead) as (
      request: unknown,
    ) => Promise<void>;
    const missing = await untyped({}).catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(RequiredError);
    expect((missing as RequiredError).field).toBe("distribution");
  });
});
