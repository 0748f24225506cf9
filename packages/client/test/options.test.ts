import { describe, expect, it } from "vitest";
import { createDistributionsClient, InvalidArgumentError } from "../src/index.js";

describe("options checked when the client is created", { timeout: 30_000 }, () => {
  it.each(["localhost:1000", "not a url", "ftp://localhost:1000", "/distributions", ""])(
    "refuses the baseUrl %j, naming it",
    (baseUrl) => {
      expect(() => createDistributionsClient({ baseUrl })).toThrow(
        new InvalidArgumentError(`baseUrl must be an absolute http(s) URL, not ${JSON.stringify(baseUrl)}`),
      );
    },
  );

  it.each([
    ["timeoutMs", -1],
    ["timeoutMs", Number.NaN],
    ["maxRetries", -2],
    ["maxRetries", Number.NaN],
  ] as const)("refuses %s %d, naming only that option", (option, value) => {
    expect(() => createDistributionsClient({ [option]: value })).toThrow(
      new InvalidArgumentError(`${option} cannot be ${value}`),
    );
  });

  it("names one problem per message: a good timeoutMs beside a bad maxRetries is not mentioned", () => {
    expect(() => createDistributionsClient({ timeoutMs: 1000, maxRetries: -1 })).toThrow(
      /^maxRetries cannot be -1$/,
    );
  });

  it("refuses validateResponses: true (the 1.x spelling) before anything is sent, naming the validator to pass", () => {
    const options = { validateResponses: true } as unknown as Parameters<typeof createDistributionsClient>[0];
    expect(() => createDistributionsClient(options)).toThrow(
      new InvalidArgumentError(
        "validateResponses must be validateResponses from @pieces-distributions/client/validate, not true",
      ),
    );
  });

  it("accepts http and https URLs, 0 and positive numbers", () => {
    for (const baseUrl of ["http://localhost:1000", "https://pieces.example/base/", "HTTP://127.0.0.1:39300"])
      expect(() => createDistributionsClient({ baseUrl, timeoutMs: 0, maxRetries: 0 })).not.toThrow();
  });
});
