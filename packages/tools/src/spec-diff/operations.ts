import { HTTP_METHODS, resolveRef } from "@pieces-distributions/codegen/light";
import type { ChangeList } from "./changes.js";
import { ANNOTATION_KEYWORDS, compareSchema } from "./compare-schema.js";
import { isObject, type JsonObject, objectAt, same, show, unionKeys } from "./json.js";
import { REQUEST, RESPONSE } from "./schema-usage.js";

/**
 * `value` with a local `$ref` (to a response, parameter, request body or header) replaced by its target,
 * through the codegen reader's resolver, so operations compare what they actually use; `{}` when absent.
 * Schema refs never appear at these places: named schemas are compared on their own.
 */
export function derefComponent(document: JsonObject, value: unknown): JsonObject {
  if (!isObject(value)) return {};
  return typeof value.$ref === "string" ? resolveRef(document, value, "#").value : value;
}

interface Operation {
  readonly operation: JsonObject;
  readonly parameters: Map<string, JsonObject>;
}

function operationsOf(document: JsonObject): Map<string, Operation> {
  const result = new Map<string, Operation>();
  for (const [path, pathItem] of Object.entries(objectAt(document.paths))) {
    const item = objectAt(pathItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = new Map<string, JsonObject>();
      for (const raw of [...asArray(item.parameters), ...asArray(operation.parameters)]) {
        const parameter = derefComponent(document, raw);
        parameters.set(`${String(parameter.in)} parameter "${String(parameter.name)}"`, parameter);
      }
      result.set(`${method.toUpperCase()} ${path}`, { operation, parameters });
    }
  }
  return result;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function changeWord(before: unknown, after: unknown): string {
  return before === undefined ? "added" : after === undefined ? "removed" : "changed";
}

/** Compares every operation of two documents: operations, parameters, request bodies and responses. */
export function compareOperations(before: JsonObject, after: JsonObject, changes: ChangeList): void {
  const b = operationsOf(before);
  const a = operationsOf(after);
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const ob = b.get(key);
    const oa = a.get(key);
    if (oa === undefined) {
      changes.add("breaking", key, `operation ${show(ob?.operation.operationId)} removed`);
    } else if (ob === undefined) {
      changes.add("additive", key, `operation ${show(oa.operation.operationId)} added`);
    } else {
      compareOperation(before, after, key, ob, oa, changes);
    }
  }
}

const HANDLED_OPERATION_KEYS = new Set([
  "operationId",
  "tags",
  "parameters",
  "requestBody",
  "responses",
  "deprecated",
]);

/** An operation's tags as a set; an untagged operation is on the compat entry's `DefaultApi`, as tag "default". */
function tagSet(tags: unknown): Set<string> {
  const list = Array.isArray(tags) ? tags.map(String) : [];
  return new Set(list.length === 0 ? ["default"] : list);
}

/**
 * Tags do not reach the wire, but the compat entry (as the official SDK) has one API class per tag: a tag
 * removed takes the method off that class (breaking), a tag added puts it on another one too (additive).
 */
function compareTags(location: string, before: unknown, after: unknown, changes: ChangeList): void {
  const tagsBefore = tagSet(before);
  const tagsAfter = tagSet(after);
  for (const tag of new Set([...tagsBefore, ...tagsAfter])) {
    if (!tagsAfter.has(tag))
      changes.add(
        "breaking",
        location,
        `tag ${show(tag)} removed: the compat entry's API class for it loses the method`,
      );
    else if (!tagsBefore.has(tag))
      changes.add(
        "additive",
        location,
        `tag ${show(tag)} added: the compat entry's API class for it gains the method`,
      );
  }
}

function compareOperation(
  docBefore: JsonObject,
  docAfter: JsonObject,
  location: string,
  before: Operation,
  after: Operation,
  changes: ChangeList,
): void {
  const ob = before.operation;
  const oa = after.operation;
  if (ob.operationId !== oa.operationId) {
    changes.add(
      "breaking",
      location,
      `operationId changed from ${show(ob.operationId)} to ${show(oa.operationId)}`,
    );
  }
  if (ob.deprecated !== oa.deprecated) {
    changes.add("additive", location, oa.deprecated === true ? "marked deprecated" : "no longer deprecated");
  }
  for (const key of unionKeys(ob, oa)) {
    if (HANDLED_OPERATION_KEYS.has(key) || same(ob[key], oa[key])) continue;
    const cosmetic = ANNOTATION_KEYWORDS.has(key) || key.startsWith("x-");
    changes.add(cosmetic ? "cosmetic" : "breaking", location, `${key} ${changeWord(ob[key], oa[key])}`);
  }
  compareTags(location, ob.tags, oa.tags, changes);
  compareParameters(location, before.parameters, after.parameters, changes);
  const bodyBefore = derefComponent(docBefore, ob.requestBody);
  const bodyAfter = derefComponent(docAfter, oa.requestBody);
  compareRequestBody(location, bodyBefore, bodyAfter, changes);
  // The TypeScript surface: a method without parameters or body is `m(options?)`; its first one makes it
  // `m(request?, options?)`, so existing `m({ signal })` calls break even though the wire change is additive.
  const takesRequest = (operation: Operation, body: JsonObject) =>
    operation.parameters.size > 0 || Object.keys(body).length > 0;
  if (!takesRequest(before, bodyBefore) && takesRequest(after, bodyAfter))
    changes.add(
      "breaking",
      location,
      "first parameter or request body added: the SDK method's first argument becomes the request, before its options",
    );
  const responsesBefore = objectAt(ob.responses);
  const responsesAfter = objectAt(oa.responses);
  for (const status of unionKeys(responsesBefore, responsesAfter)) {
    const rb = responsesBefore[status];
    const ra = responsesAfter[status];
    const where = `${location} response ${status}`;
    if (ra === undefined) changes.add("breaking", where, "response removed");
    else if (rb === undefined) changes.add("additive", where, "response added");
    else {
      compareResponse(where, derefComponent(docBefore, rb), derefComponent(docAfter, ra), changes);
    }
  }
}

function compareParameters(
  location: string,
  before: ReadonlyMap<string, JsonObject>,
  after: ReadonlyMap<string, JsonObject>,
  changes: ChangeList,
): void {
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const pb = before.get(key);
    const pa = after.get(key);
    const where = `${location} ${key}`;
    if (pa === undefined) changes.add("breaking", where, "parameter removed");
    else if (pb === undefined) {
      changes.add(
        pa.required === true ? "breaking" : "additive",
        where,
        `${pa.required === true ? "required" : "optional"} parameter added`,
      );
    } else {
      for (const field of unionKeys(pb, pa)) {
        if (same(pb[field], pa[field])) continue;
        if (field === "schema") compareSchema(pb.schema, pa.schema, where, REQUEST, changes);
        else if (field === "required") {
          changes.add(
            pa.required === true ? "breaking" : "additive",
            where,
            pa.required === true ? "parameter made required" : "parameter made optional",
          );
        } else if (ANNOTATION_KEYWORDS.has(field) || field.startsWith("x-")) {
          changes.add("cosmetic", where, `${field} ${changeWord(pb[field], pa[field])}`);
        } else {
          changes.add("breaking", where, `${field} changed from ${show(pb[field])} to ${show(pa[field])}`);
        }
      }
    }
  }
}

function compareRequestBody(
  location: string,
  before: JsonObject,
  after: JsonObject,
  changes: ChangeList,
): void {
  const where = `${location} request body`;
  const hadBody = Object.keys(before).length > 0;
  const hasBody = Object.keys(after).length > 0;
  if (!hadBody && !hasBody) return;
  if (!hasBody) {
    changes.add("breaking", where, "request body removed");
    return;
  }
  if (!hadBody) {
    const required = after.required === true;
    changes.add(
      required ? "breaking" : "additive",
      where,
      `${required ? "required" : "optional"} request body added`,
    );
    return;
  }
  if (before.required !== after.required) {
    if (after.required === true) changes.add("breaking", where, "request body made required");
    else changes.add("additive", where, "request body made optional");
  }
  for (const field of unionKeys(before, after)) {
    if (field === "required" || field === "content" || same(before[field], after[field])) continue;
    const cosmetic = ANNOTATION_KEYWORDS.has(field) || field.startsWith("x-");
    changes.add(
      cosmetic ? "cosmetic" : "breaking",
      where,
      `${field} ${changeWord(before[field], after[field])}`,
    );
  }
  compareContent(where, objectAt(before.content), objectAt(after.content), "request", changes);
}

function compareResponse(where: string, before: JsonObject, after: JsonObject, changes: ChangeList): void {
  for (const field of unionKeys(before, after)) {
    if (field === "content" || field === "headers" || same(before[field], after[field])) continue;
    const cosmetic = ANNOTATION_KEYWORDS.has(field) || field.startsWith("x-");
    changes.add(
      cosmetic ? "cosmetic" : "breaking",
      where,
      `${field} ${changeWord(before[field], after[field])}`,
    );
  }
  compareContent(where, objectAt(before.content), objectAt(after.content), "response", changes);
  const headersBefore = objectAt(before.headers);
  const headersAfter = objectAt(after.headers);
  for (const name of unionKeys(headersBefore, headersAfter)) {
    const hb = headersBefore[name];
    const ha = headersAfter[name];
    if (ha === undefined) changes.add("breaking", `${where} header ${name}`, "header removed");
    else if (hb === undefined) changes.add("additive", `${where} header ${name}`, "header added");
    else
      compareSchema(objectAt(hb).schema, objectAt(ha).schema, `${where} header ${name}`, RESPONSE, changes);
  }
}

function compareContent(
  where: string,
  before: JsonObject,
  after: JsonObject,
  side: "request" | "response",
  changes: ChangeList,
): void {
  for (const mediaType of unionKeys(before, after)) {
    const mb = before[mediaType];
    const ma = after[mediaType];
    const at = `${where} ${mediaType}`;
    if (ma === undefined) changes.add("breaking", at, "content type removed");
    else if (mb === undefined) changes.add("additive", at, "content type added");
    else {
      const b = objectAt(mb);
      const a = objectAt(ma);
      for (const field of unionKeys(b, a)) {
        if (same(b[field], a[field])) continue;
        if (field === "schema")
          compareSchema(b.schema, a.schema, at, side === "request" ? REQUEST : RESPONSE, changes);
        else if (field === "examples" || field === "example" || field.startsWith("x-")) {
          changes.add("cosmetic", at, `${field} ${changeWord(b[field], a[field])}`);
        } else changes.add("breaking", at, `${field} changed`);
      }
    }
  }
}
