import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  InvalidArgumentError,
  PiecesDistributionsError,
  type RequestDetails,
  type ResponseDetails,
  ResponseValidationError,
} from "../src/index.js";

// Type tests (the typecheck script runs tsc over this file) and what each constructor really sets.
const request: RequestDetails = { method: "POST", url: "http://127.0.0.1:1/distributions/create" };
const answer: ResponseDetails = {
  ...request,
  status: 500,
  headers: new Headers(),
  bodyText: "the disk is full",
};
const problems = [{ path: "/id", message: "must be string" }] as const;

describe("each error's constructor takes exactly the details its class carries", () => {
  it("sets every field it declares from the details, and the message after method and URL", () => {
    const cause = new Error("ECONNREFUSED");
    const errors = {
      connection: new ApiConnectionError("failed", { ...request, cause }),
      timeout: new ApiTimeoutError("timed out", { ...request, cause, timeoutMs: 300 }),
      abort: new ApiAbortError("was aborted", { ...request, cause }),
      api: new ApiError("answered 500", answer),
      response: new ApiResponseError("invalid JSON", { ...answer, status: 200 }),
      validation: new ResponseValidationError("invalid", {
        ...answer,
        status: 200,
        schema: "Distribution",
        problems,
      }),
    };
    for (const error of Object.values(errors)) {
      expect(error).toBeInstanceOf(PiecesDistributionsError);
      expect(error.message.startsWith(`${request.method} ${request.url} `)).toBe(true);
      expect(error.method).toBe(request.method);
      expect(error.url).toBe(request.url);
    }
    expect(errors.connection.cause).toBe(cause);
    expect(errors.timeout.timeoutMs).toBe(300);
    expect(errors.timeout).toBeInstanceOf(ApiConnectionError);
    expect([errors.api.status, errors.api.headers, errors.api.bodyText]).toEqual([
      500,
      answer.headers,
      "the disk is full",
    ]);
    expect(errors.validation.status).toBe(200);
    expect([errors.validation.schema, errors.validation.problems]).toEqual(["Distribution", problems]);
    expect(new InvalidArgumentError("timeoutMs cannot be -1").message).toBe("timeoutMs cannot be -1");
  });

  it("copies no field it does not declare (no Object.assign of the details)", () => {
    const extra = { ...answer, secret: "token" };
    expect(Object.keys(new ApiError("answered 500", extra)).sort()).toEqual(
      ["body", "bodyText", "headers", "method", "name", "status", "url"].sort(),
    );
  });

  it("types every field it carries", () => {
    expectTypeOf(new ApiError("x", answer).status).toEqualTypeOf<number>();
    expectTypeOf(new ApiError("x", answer).headers).toEqualTypeOf<Headers>();
    expectTypeOf(new ApiError<{ message: string }>("x", answer).body).toEqualTypeOf<
      { message: string } | undefined
    >();
    expectTypeOf(new ApiTimeoutError("x", { ...request, timeoutMs: 1 }).timeoutMs).toEqualTypeOf<number>();
    expectTypeOf(new ApiAbortError("x", request).url).toEqualTypeOf<string>();
  });
});

describe("what the constructors refuse", () => {
  // The constructions sit in functions that are never run: only the type checker sees them.
  it("refuses an ApiError without status, headers and body text", () => {
    // @ts-expect-error an ApiError needs the answer's status, headers and bodyText.
    const build = () => new ApiError("x", { method: "GET", url: "http://127.0.0.1:1/distributions" });
    expectTypeOf(build).toBeFunction();
  });

  it("refuses an ApiResponseError without body text", () => {
    const { bodyText: _, ...withoutBody } = answer;
    // @ts-expect-error an ApiResponseError needs the body it could not read as JSON.
    const build = () => new ApiResponseError("x", withoutBody);
    expectTypeOf(build).toBeFunction();
  });

  it("refuses an ApiTimeoutError without timeoutMs", () => {
    // @ts-expect-error an ApiTimeoutError needs the time limit that ran out.
    const build = () => new ApiTimeoutError("x", request);
    expectTypeOf(build).toBeFunction();
  });

  it("refuses a ResponseValidationError without its problems", () => {
    // @ts-expect-error a ResponseValidationError needs what was wrong.
    const build = () => new ResponseValidationError("x", { ...answer, schema: "Distribution" });
    expectTypeOf(build).toBeFunction();
  });

  it("refuses an ApiConnectionError without the request", () => {
    // @ts-expect-error an ApiConnectionError names the request it could not send.
    const build = () => new ApiConnectionError("x");
    expectTypeOf(build).toBeFunction();
  });

  it("refuses an ApiAbortError without a URL", () => {
    // @ts-expect-error an ApiAbortError names the request's URL.
    const build = () => new ApiAbortError("x", { method: "GET" });
    expectTypeOf(build).toBeFunction();
  });

  it("refuses request details on an InvalidArgumentError (nothing was sent)", () => {
    // @ts-expect-error an InvalidArgumentError is raised before any request exists.
    const build = () => new InvalidArgumentError("x", request);
    expectTypeOf(build).toBeFunction();
  });
});
