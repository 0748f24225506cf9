import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  createDistributionsClient,
  PiecesDistributionsError,
  ResponseValidationError,
} from "../src/index.js";
import { validateResponses } from "../src/validate.js";
import {
  DISTRIBUTION,
  json,
  type Reply,
  refusedUrl,
  startTestServer,
  type TestServer,
  text,
} from "./helpers/test-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientAnswering(
  replies: Reply[],
  options: Parameters<typeof createDistributionsClient>[0] = {},
) {
  server = await startTestServer(replies);
  return { server, client: createDistributionsClient({ baseUrl: server.url, maxRetries: 0, ...options }) };
}

/** The error a call rejects with (fails the test if it resolves). */
async function rejection(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error("the call resolved; it should have failed");
}

describe("ApiError: a non-2xx answer", () => {
  it("carries status, headers, body text, method and URL of a 500 text/plain (how Pieces OS fails)", async () => {
    const { server, client } = await clientAnswering([
      text(500, "distribution not found: 7d0c4d6e", { "x-pieces": "1" }),
    ]);

    const error = await rejection(
      client.distributionsDeleteSpecificDistribution({ distribution: "7d0c4d6e" }),
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PiecesDistributionsError);
    const apiError = error as ApiError;
    expect(apiError.name).toBe("ApiError");
    expect(apiError.status).toBe(500);
    expect(apiError.bodyText).toBe("distribution not found: 7d0c4d6e");
    expect(apiError.headers.get("x-pieces")).toBe("1");
    expect(apiError.method).toBe("POST");
    expect(apiError.url).toBe(`${server.url}/distributions/7d0c4d6e/delete`);
    expect(apiError.message).toBe(
      `POST ${server.url}/distributions/7d0c4d6e/delete answered 500: distribution not found: 7d0c4d6e`,
    );
  });

  it("parses a JSON error answer into body, and keeps its text in bodyText", async () => {
    const problem = { message: "the gist name is taken", code: 409 };
    const { client } = await clientAnswering([
      json(409, problem, { "content-type": "application/problem+json" }),
    ]);

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ApiError;

    expect(error.body).toEqual(problem);
    expect(error.bodyText).toBe(JSON.stringify(problem));
  });

  it("leaves body undefined for a text answer and for a JSON answer that does not parse (bodyText has it)", async () => {
    const { client } = await clientAnswering([
      text(500, "disk full"),
      { status: 500, headers: { "content-type": "application/json" }, body: "{not json" },
    ]);

    const fromText = (await rejection(client.distributionsSnapshot())) as ApiError;
    const fromBadJson = (await rejection(client.distributionsSnapshot())) as ApiError;

    expect(fromText.body).toBeUndefined();
    expect(fromBadJson.body).toBeUndefined();
    expect(fromBadJson.bodyText).toBe("{not json");
  });

  it("keeps an HTML error page as body text and puts its start in the message", async () => {
    const page = "<!doctype html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    const { client } = await clientAnswering([
      { status: 502, headers: { "content-type": "text/html" }, body: page },
    ]);

    const error = (await rejection(client.distributionsSnapshot())) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.bodyText).toBe(page);
    expect(error.message).toContain("answered 502: <!doctype html>");
  });

  it("keeps a JSON error body's text exactly as it arrived", async () => {
    const sent = '{ "message": "bad seed",\n  "code": 7 }';
    const { client } = await clientAnswering([
      { status: 400, headers: { "content-type": "application/json" }, body: sent },
    ]);

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ApiError;

    expect(error.status).toBe(400);
    expect(error.bodyText).toBe(sent);
  });

  it("re-serialises a JSON error body that openapi-fetch parsed, on calls that go through middleware", async () => {
    const { client } = await clientAnswering([json(400, { message: "bad seed" })], {
      middleware: [{ onRequest: ({ request }) => request }],
    });

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ApiError;

    expect(error.status).toBe(400);
    expect(error.bodyText).toBe('{"message":"bad seed"}');
  });

  it("has an empty body text for an error without a body", async () => {
    const { client } = await clientAnswering([{ status: 503, headers: { "content-length": "0" } }]);

    const error = (await rejection(client.distributionsSnapshot())) as ApiError;

    expect(error.bodyText).toBe("");
    expect(error.message).toMatch(/answered 503: $/);
  });
});

describe("ApiResponseError: a 2xx answer without the promised JSON", () => {
  it("wraps malformed JSON on 200 (never a bare SyntaxError) and keeps the body and the SyntaxError", async () => {
    const { client } = await clientAnswering([{ status: 200, body: '{"iterable": [' }]);

    const error = (await rejection(client.distributionsSnapshot())) as ApiResponseError;

    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.bodyText).toBe('{"iterable": [');
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.message).toContain("answered 200: invalid JSON (SyntaxError");
  });

  it("wraps an HTML page answered with 200", async () => {
    const { client } = await clientAnswering([
      { status: 200, headers: { "content-type": "text/html" }, body: "<html>" },
    ]);

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ApiResponseError;

    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error.bodyText).toBe("<html>");
  });

  it("treats an empty 200 as a missing body, not as a Distribution", async () => {
    const { client } = await clientAnswering([{ status: 200 }]);

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ApiResponseError;

    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error.bodyText).toBe("");
  });

  it("does not parse the body of an operation that promises none (delete)", async () => {
    const { client } = await clientAnswering([{ status: 200, body: "not json" }]);

    await expect(
      client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
    ).resolves.toBeUndefined();
  });
});

describe("ResponseValidationError: validateResponses", () => {
  it("names the JSON path of each problem", async () => {
    const wrong = { ...DISTRIBUTION, share: { ...DISTRIBUTION.share, link: 42 } };
    const { client } = await clientAnswering([json(200, wrong)], { validateResponses });

    const error = (await rejection(client.distributionsCreateNewDistribution())) as ResponseValidationError;

    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error.schema).toBe("Distribution");
    expect(error.problems).toContainEqual({
      path: "/share/link",
      message: expect.stringContaining("string"),
    });
    expect(error.message).toContain("answered an invalid Distribution:");
    expect(error.message).toContain("/share/link");
    expect(error.bodyText).toBe(JSON.stringify(wrong));
  });

  it("lets a valid answer through", async () => {
    const { client } = await clientAnswering([json(200, { iterable: [DISTRIBUTION] })], {
      validateResponses,
    });

    await expect(client.distributionsSnapshot()).resolves.toEqual({ iterable: [DISTRIBUTION] });
  });

  it("takes a validator of the caller's own: it gets the schema name, the parsed body and the answer", async () => {
    const seen: unknown[] = [];
    const { client, server } = await clientAnswering([json(200, { iterable: [] })], {
      validateResponses: (schema, value, details) => {
        seen.push(schema, value, details.status, details.url);
        throw new RangeError("refused by the caller's validator");
      },
    });

    await expect(client.distributionsSnapshot()).rejects.toThrow("refused by the caller's validator");
    expect(seen).toEqual(["Distributions", { iterable: [] }, 200, `${server.url}/distributions`]);
  });

  it("is off by default: a wrong-shaped answer resolves as it came", async () => {
    const { client } = await clientAnswering([json(200, { iterable: "nope" })]);

    await expect(client.distributionsSnapshot()).resolves.toEqual({ iterable: "nope" });
  });
});

describe("ApiConnectionError: nothing answers", () => {
  it("names the URL, suggests checking that Pieces OS or the mock server runs, and keeps the cause", async () => {
    const url = await refusedUrl();
    const client = createDistributionsClient({ baseUrl: url, maxRetries: 0 });

    const error = (await rejection(client.distributionsSnapshot())) as ApiConnectionError;

    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).not.toBeInstanceOf(ApiTimeoutError);
    expect(error.url).toBe(`${url}/distributions`);
    expect(error.method).toBe("GET");
    expect(error.message).toContain(`GET ${url}/distributions failed`);
    expect(error.message).toContain("ECONNREFUSED");
    // On Node (a `process` exists) the message ends with this hint alone; the browser's is tested in Chromium.
    expect(error.message).toMatch(/: is Pieces OS \(or the mock server\) running\?$/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("covers a server that closes the connection without answering", async () => {
    const { client } = await clientAnswering(["destroy"]);

    await expect(client.distributionsCreateNewDistribution()).rejects.toBeInstanceOf(ApiConnectionError);
  });
});

describe("ApiTimeoutError: no answer within timeoutMs", () => {
  it("cancels an attempt the server never answers", async () => {
    const { server, client } = await clientAnswering(["hang"], { timeoutMs: 50 });

    const error = (await rejection(client.distributionsSnapshot())) as ApiTimeoutError;

    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error.timeoutMs).toBe(50);
    expect(error.message).toBe(`GET ${server.url}/distributions timed out after 50 ms`);
  });

  it("takes a per-request timeoutMs over the client's", async () => {
    const { client } = await clientAnswering(["hang"], { timeoutMs: 60_000 });

    const error = (await rejection(client.distributionsSnapshot({ timeoutMs: 30 }))) as ApiTimeoutError;

    expect(error.timeoutMs).toBe(30);
  });
});

describe("ApiAbortError: the caller's signal", () => {
  it("fires while the request is in flight, with the signal's reason as cause", async () => {
    const { client } = await clientAnswering(["hang"]);
    const controller = new AbortController();
    const call = client.distributionsSnapshot({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 20);

    const error = (await rejection(call)) as ApiAbortError;

    expect(error).toBeInstanceOf(ApiAbortError);
    expect(error.message).toMatch(/GET .*\/distributions was aborted/);
    expect((error.cause as Error).message).toBe("user left");
  });

  it("sends nothing when the signal has already fired", async () => {
    const { server, client } = await clientAnswering([json(200, { iterable: [] })]);

    const call = client.distributionsSnapshot({ signal: AbortSignal.abort() });

    await expect(call).rejects.toBeInstanceOf(ApiAbortError);
    expect(server.requests).toEqual([]);
  });

  it("fires in flight without a timeout (timeoutMs: 0, the signal goes to fetch as it is)", async () => {
    const { server, client } = await clientAnswering(["hang"], { timeoutMs: 0 });
    const controller = new AbortController();
    const call = rejection(client.distributionsSnapshot({ signal: controller.signal }));
    // Abort only once the request has arrived, however slow the machine.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort(new Error("user left"));

    const error = (await call) as ApiAbortError;

    expect(error).toBeInstanceOf(ApiAbortError);
    expect((error.cause as Error).message).toBe("user left");
  });

  it("fires before the call without a timeout, and nothing is sent", async () => {
    const { server, client } = await clientAnswering([json(200, { iterable: [] })], { timeoutMs: 0 });

    const error = (await rejection(
      client.distributionsSnapshot({ signal: AbortSignal.abort(new Error("user left")) }),
    )) as ApiAbortError;

    expect(error).toBeInstanceOf(ApiAbortError);
    expect((error.cause as Error).message).toBe("user left");
    expect(server.requests).toEqual([]);
  });
});
