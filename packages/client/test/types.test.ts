import type { paths } from "@pieces-distributions/models";
import type { Client } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import * as compat from "../src/compat/index.js";
import {
  type ApiError,
  type ApiErrorOf,
  createDistributionsClient,
  type Distribution,
  type Distributions,
  type RawResponse,
  type RequestOptions,
  type SeededDistribution,
} from "../src/index.js";

// Type tests: `tsc --noEmit` (the typecheck script) checks this file; creating a client sends nothing.
const client = createDistributionsClient();

describe("error body types", () => {
  it("type an ApiError's body from what the operation documents: undefined without a JSON error answer", () => {
    expectTypeOf<ApiError["body"]>().toEqualTypeOf<unknown>();
    expectTypeOf<ApiErrorOf<"distributionsSnapshot">["body"]>().toEqualTypeOf<undefined>();
    expectTypeOf<ApiErrorOf<"distributionsSnapshot">>().toExtend<ApiError>();
  });
});

describe("method types", () => {
  it("resolve with the document's models", () => {
    expectTypeOf(client.distributionsCreateNewDistribution).returns.resolves.toEqualTypeOf<Distribution>();
    expectTypeOf(client.distributionsSnapshot).returns.resolves.toEqualTypeOf<Distributions>();
    expectTypeOf(client.distributionsDeleteSpecificDistribution).returns.resolves.toEqualTypeOf<void>();
  });

  it("give the Raw twins data and response", () => {
    expectTypeOf(client.distributionsSnapshotRaw).returns.resolves.toEqualTypeOf<
      RawResponse<Distributions>
    >();
    expectTypeOf(client.distributionsCreateNewDistributionRaw).returns.resolves.toHaveProperty("response");
  });

  it("take the official SDK's parameter objects", () => {
    expectTypeOf(client.distributionsCreateNewDistribution)
      .parameter(0)
      .toEqualTypeOf<{ seededDistribution?: SeededDistribution } | undefined>();
    expectTypeOf(client.distributionsDeleteSpecificDistribution)
      .parameter(0)
      .toEqualTypeOf<{ distribution: string }>();
    expectTypeOf(client.distributionsSnapshot).parameter(0).toEqualTypeOf<RequestOptions | undefined>();
  });

  it("type raw with the document's paths", () => {
    expectTypeOf(client.raw).toEqualTypeOf<Client<paths>>();
  });

  it("make the compat DistributionsApi's Raw twins official ApiResponses of official models", () => {
    const api = new compat.DistributionsApi();
    expectTypeOf(api.distributionsSnapshot).returns.resolves.toEqualTypeOf<compat.Distributions>();
    expectTypeOf(api.distributionsSnapshotRaw).returns.resolves.toEqualTypeOf<
      compat.ApiResponse<compat.Distributions>
    >();
    expectTypeOf<compat.GroupedTimestamp["value"]>().toEqualTypeOf<Date>();
    expectTypeOf<compat.SeededGitHubGistDistribution>().toHaveProperty("_public");
    expectTypeOf<compat.GitHubGistDistribution>().toHaveProperty("githubId");
    expectTypeOf<compat.FlattenedShare>().toHaveProperty("_short");
  });
});

describe("what the types refuse", () => {
  // The calls sit in functions that are never run: only the type checker sees them.
  it("refuses a wrong field in the seed", () => {
    const call = () =>
      // @ts-expect-error `gist` belongs under `github`, not at the top of a SeededDistribution.
      client.distributionsCreateNewDistribution({ seededDistribution: { gist: { name: "x.ts" } } });
    expectTypeOf(call).toBeFunction();
  });

  it("refuses a delete without `distribution`", () => {
    const call = () =>
      // @ts-expect-error the id of the distribution to delete is required.
      client.distributionsDeleteSpecificDistribution({});
    expectTypeOf(call).toBeFunction();
  });

  it("refuses a delete without any argument", () => {
    const call = () =>
      // @ts-expect-error the request object is required.
      client.distributionsDeleteSpecificDistribution();
    expectTypeOf(call).toBeFunction();
  });

  it("refuses an unknown client option", () => {
    const create = () =>
      // @ts-expect-error the option is `baseUrl`, not `baseURL`.
      createDistributionsClient({ baseURL: "http://localhost:1000" });
    expectTypeOf(create).toBeFunction();
  });

  it("refuses an unknown request option", () => {
    const call = () =>
      // @ts-expect-error `retries` is spelled `maxRetries`.
      client.distributionsSnapshot({ retries: 3 });
    expectTypeOf(call).toBeFunction();
  });
});
