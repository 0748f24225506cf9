import { type OperationDescriptor, type OperationId, operationTable } from "@pieces-distributions/models";

/** One segment of a path template: fixed text, or a named parameter. */
type Segment = { readonly literal: string } | { readonly parameter: string };

/** An operation of the document, ready to match requests. */
export interface Route {
  readonly operationId: OperationId;
  readonly method: string;
  readonly segments: readonly Segment[];
}

/** What a request addressed: an operation with its raw (still percent-encoded) path parameters, or nothing. */
export type RouteMatch = {
  readonly operationId: OperationId;
  readonly rawParameters: Readonly<Record<string, string>>;
} | null;

/** What a route is made from: an operation's id, method and path template. */
export type RoutedOperation = Pick<OperationDescriptor, "operationId" | "method" | "path">;

/** Orders routes by their number of segments, then so that at the first segment where two differ, fixed text comes first. */
function concreteFirst(a: Route, b: Route): number {
  if (a.segments.length !== b.segments.length) return a.segments.length - b.segments.length;
  for (const [index, segment] of a.segments.entries()) {
    const aFixed = "literal" in segment;
    if (aFixed !== "literal" in (b.segments[index] as Segment)) return aFixed ? -1 : 1;
  }
  return 0;
}

/**
 * The routes of `operations` in the order they are tried: as OpenAPI matches paths, a concrete path
 * before a templated one (`/distributions/summary` before `/distributions/{distribution}`), whatever the
 * document's order; otherwise in document order.
 */
export function routesOf(operations: readonly RoutedOperation[]): readonly Route[] {
  const routes = operations.map((operation) => ({
    operationId: operation.operationId as OperationId,
    method: operation.method.toUpperCase(),
    segments: operation.path.split("/").map((segment): Segment => {
      const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
      return parameter === undefined ? { literal: segment } : { parameter };
    }),
  }));
  return routes.sort(concreteFirst);
}

/** The routes of every operation in the document's operation table. */
const documentRoutes = routesOf(Object.values(operationTable));

/**
 * Finds the operation a request addresses. Matching works on the raw path segments, so an encoded `/`
 * (`%2F`) inside a parameter stays inside it and can never reach another route; a parameter must not be
 * empty. The caller decodes the parameters after matching. The query string is ignored. `routes` are the
 * document's unless given.
 */
export function matchRoute(method: string, rawUrl: string, routes = documentRoutes): RouteMatch {
  const pathname = rawUrl.split("?", 1)[0] ?? "";
  const segments = pathname.split("/");
  for (const route of routes) {
    if (route.method !== method.toUpperCase() || route.segments.length !== segments.length) continue;
    const rawParameters: Record<string, string> = {};
    const matches = route.segments.every((segment, index) => {
      const actual = segments[index] ?? "";
      if ("literal" in segment) return actual === segment.literal;
      rawParameters[segment.parameter] = actual;
      return actual !== "";
    });
    if (matches) return { operationId: route.operationId, rawParameters };
  }
  return null;
}

/** Every operation as `METHOD /path`, in document order, for messages about requests that address none. */
export function describeRoutes(): string {
  return Object.values(operationTable)
    .map((operation) => `${operation.method.toUpperCase()} ${operation.path}`)
    .join(", ");
}
