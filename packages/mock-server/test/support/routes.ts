/**
 * The route set, read from the document (through the models' operation table) rather than listed by hand,
 * so a new operation changes what these tests expect without an edit.
 */
import { operationTable } from "@pieces-distributions/models";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every operation: its id, upper-case method, template, and a request path with each parameter `abc`. */
export const documentRoutes = Object.values(operationTable).map((operation) => ({
  operationId: operation.operationId,
  method: operation.method.toUpperCase(),
  template: operation.path,
  path: operation.path.replace(/\{[^}]+\}/g, "abc"),
  parameters: Object.fromEntries(operation.pathParameters.map((name) => [name, "abc"])),
}));

/** What the 404 text lists: every operation as `METHOD /template`, in document order. */
export const routeList = documentRoutes.map((route) => `${route.method} ${route.template}`).join(", ");

function documented(method: string, path: string): boolean {
  const segments = path.split("/");
  return documentRoutes.some((route) => {
    const template = route.template.split("/");
    return (
      route.method === method &&
      template.length === segments.length &&
      template.every((part, index) =>
        /^\{.+\}$/.test(part) ? segments[index] !== "" : part === segments[index],
      )
    );
  });
}

/**
 * Requests that address no operation, derived from each one: a method its path does not have, an extra
 * segment, an empty path parameter, a trailing slash; and `GET /`. Each is checked to match no route.
 */
export function unroutedRequests(): [method: string, path: string][] {
  const found = new Map<string, [string, string]>();
  const add = (method: string, path: string) => {
    if (!documented(method, path)) found.set(`${method} ${path}`, [method, path]);
  };
  for (const route of documentRoutes) {
    const other = METHODS.find((method) => !documented(method, route.path));
    if (other !== undefined) add(other, route.path);
    add(route.method, `${route.path}/extra`);
    add(route.method, `${route.path}/`);
    if (route.template.includes("{")) add(route.method, route.template.replace(/\{[^}]+\}/g, ""));
  }
  add("GET", "/");
  return [...found.values()];
}
