import { type OperationDescriptor, type OperationId, operationTable } from "@pieces-distributions/models";

/** One segment of a path template: fixed text, or a named parameter. */
type Segment = { readonly literal: string } | { readonly parameter: string };

/** An operation of the document, ready to match requests. */
interface Route {
  readonly operationId: OperationId;
  readonly method: string;
  readonly segments: readonly Segment[];
}

/** What a request addressed: an operation with its raw (still percent-encoded) path parameters, or nothing. */
export type RouteMatch = {
  readonly operationId: OperationId;
  readonly rawParameters: Readonly<Record<string, string>>;
} | null;

/** The routes of every operation in the document's operation table. */
const routes: readonly Route[] = Object.values(operationTable).map((operation: OperationDescriptor) => ({
  operationId: operation.operationId as OperationId,
  method: operation.method.toUpperCase(),
  segments: operation.path.split("/").map((segment) => {
    const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
    return parameter === undefined ? { literal: segment } : { parameter };
  }),
}));

/**
 * Finds the operation a request addresses. Matching works on the raw path segments, so an encoded `/`
 * (`%2F`) inside a parameter stays inside it and can never reach another route; a parameter must not be
 * empty. The caller decodes the parameters after matching. The query string is ignored.
 */
export function matchRoute(method: string, rawUrl: string): RouteMatch {
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

/** Every operation as `METHOD /path`, for messages about requests that address none. */
export function describeRoutes(): string {
  return routes
    .map((route) => {
      const path = route.segments
        .map((segment) => ("literal" in segment ? segment.literal : `{${segment.parameter}}`))
        .join("/");
      return `${route.method} ${path}`;
    })
    .join(", ");
}
