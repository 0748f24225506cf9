import { describe, expect, it } from "vitest";
import { describeRoutes, matchRoute, routesOf } from "../src/router.js";
import { documentRoutes, routeList, unroutedRequests } from "./support/routes.js";

describe("matchRoute", () => {
  it("finds each operation of the document by method and path", () => {
    for (const route of documentRoutes)
      expect(matchRoute(route.method, route.path)).toEqual({
        operationId: route.operationId,
        rawParameters: route.parameters,
      });
    expect(matchRoute("POST", "/distributions/create")).toEqual({
      operationId: "distributions_create_new_distribution",
      rawParameters: {},
    });
    expect(matchRoute("GET", "/distributions")).toEqual({
      operationId: "distributions_snapshot",
      rawParameters: {},
    });
    expect(matchRoute("post", "/distributions/abc/delete")).toEqual({
      operationId: "distributions_delete_specific_distribution",
      rawParameters: { distribution: "abc" },
    });
  });

  it("keeps an encoded slash inside the parameter, still encoded", () => {
    expect(matchRoute("POST", "/distributions/..%2Fcreate/delete")).toEqual({
      operationId: "distributions_delete_specific_distribution",
      rawParameters: { distribution: "..%2Fcreate" },
    });
  });

  it("does not decode before matching, so an encoded path never reaches a fixed route", () => {
    expect(matchRoute("POST", "/distributions%2Fcreate")).toBeNull();
    expect(matchRoute("GET", "/distributions%2F")).toBeNull();
  });

  it("matches nothing for another method, an empty parameter, or extra segments", () => {
    expect(matchRoute("POST", "/distributions//delete")).toBeNull();
    expect(matchRoute("POST", "/distributions/a/b/delete")).toBeNull();
    for (const [method, path] of unroutedRequests())
      expect(matchRoute(method, path), `${method} ${path}`).toBeNull();
  });

  it("matches a concrete path before a templated one, whichever the document lists first", () => {
    const one = { operationId: "one", method: "get", path: "/distributions/{distribution}" } as const;
    const summary = { operationId: "summary", method: "get", path: "/distributions/summary" } as const;
    const nested = {
      operationId: "nested",
      method: "get",
      path: "/distributions/{distribution}/summary",
    } as const;
    for (const routes of [routesOf([one, summary, nested]), routesOf([nested, summary, one])]) {
      expect(matchRoute("GET", "/distributions/summary", routes)).toEqual({
        operationId: "summary",
        rawParameters: {},
      });
      expect(matchRoute("GET", "/distributions/abc", routes)).toEqual({
        operationId: "one",
        rawParameters: { distribution: "abc" },
      });
      expect(matchRoute("GET", "/distributions/summary/summary", routes)?.operationId).toBe("nested");
    }
  });

  it("ignores the query string", () => {
    expect(matchRoute("GET", "/distributions?x=/create")?.operationId).toBe("distributions_snapshot");
  });
});

describe("describeRoutes", () => {
  it("lists the document's operations in document order", () => {
    expect(describeRoutes()).toBe(routeList);
    expect(routeList).toContain("POST /distributions/create, POST /distributions/{distribution}/delete");
  });
});
