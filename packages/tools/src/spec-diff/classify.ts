import { describeDocument } from "@pieces-distributions/codegen/light";
import { parse } from "yaml";
import { ChangeList, type SpecChange } from "./changes.js";
import { compareSchema } from "./compare-schema.js";
import { isObject, type JsonObject, objectAt, same, show, unionKeys } from "./json.js";
import { compareOperations } from "./operations.js";
import { directionOf, schemaUsage } from "./schema-usage.js";

/** Thrown when a text given as an OpenAPI document is not one (not YAML/JSON, or no `openapi` field). */
export class NotAnOpenApiDocumentError extends Error {
  override readonly name = "NotAnOpenApiDocumentError";
}

/** Parses an OpenAPI document from YAML (or JSON) text; `source` names it in errors. */
export function parseDocument(text: string, source: string): JsonObject {
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new NotAnOpenApiDocumentError(`${source} is not valid YAML: ${(error as Error).message}`);
  }
  if (!isObject(value) || typeof value.openapi !== "string") {
    throw new NotAnOpenApiDocumentError(
      `${source} is not an OpenAPI document (no \`openapi\` version field)`,
    );
  }
  return value;
}

/**
 * Every difference between two OpenAPI 3.1 documents that matters to users of the generated packages,
 * classified as breaking, additive or cosmetic. `info.version` is ignored: the version step moves it.
 * Both documents go through the codegen reader first, so a document the generators would refuse is
 * refused here with the reader's message; which way each schema travels is the reader's answer too.
 */
export function classifyChanges(before: JsonObject, after: JsonObject): SpecChange[] {
  const usageBefore = schemaUsage(describeDocument(before, "the base document"));
  const usageAfter = schemaUsage(describeDocument(after, "the changed document"));
  const changes = new ChangeList();
  compareTopLevel(before, after, changes);
  compareOperations(before, after, changes);

  const componentsBefore = objectAt(before.components);
  const componentsAfter = objectAt(after.components);
  const schemasBefore = objectAt(componentsBefore.schemas);
  const schemasAfter = objectAt(componentsAfter.schemas);
  for (const name of unionKeys(schemasBefore, schemasAfter)) {
    const location = `components.schemas.${name}`;
    if (!(name in schemasAfter))
      changes.add("breaking", location, "schema removed (its exported type goes away)");
    else if (!(name in schemasBefore)) changes.add("additive", location, "schema added");
    else {
      const direction = directionOf(name, usageBefore, usageAfter);
      compareSchema(schemasBefore[name], schemasAfter[name], location, direction, changes);
    }
  }
  for (const section of unionKeys(componentsBefore, componentsAfter)) {
    if (section === "schemas" || same(componentsBefore[section], componentsAfter[section])) continue;
    // Responses, parameters, request bodies and headers are compared where operations use them.
    if (["responses", "parameters", "requestBodies", "headers"].includes(section)) continue;
    const b = objectAt(componentsBefore[section]);
    const a = objectAt(componentsAfter[section]);
    for (const name of unionKeys(b, a)) {
      if (same(b[name], a[name])) continue;
      changes.add(
        section === "examples" ? "cosmetic" : "breaking",
        `components.${section}.${name}`,
        "changed",
      );
    }
  }
  return changes.sorted();
}

function compareTopLevel(before: JsonObject, after: JsonObject, changes: ChangeList): void {
  for (const key of unionKeys(before, after)) {
    if (key === "paths" || key === "components" || same(before[key], after[key])) continue;
    if (key === "info") {
      const b = objectAt(before.info);
      const a = objectAt(after.info);
      for (const field of unionKeys(b, a)) {
        if (field !== "version" && !same(b[field], a[field]))
          changes.add("cosmetic", `info.${field}`, "changed");
      }
    } else if (key === "servers") {
      const urls = (value: unknown) =>
        new Set((Array.isArray(value) ? value : []).map((server) => String(objectAt(server).url)));
      const b = urls(before.servers);
      const a = urls(after.servers);
      for (const url of b) if (!a.has(url)) changes.add("breaking", "servers", `server ${show(url)} removed`);
      for (const url of a) if (!b.has(url)) changes.add("additive", "servers", `server ${show(url)} added`);
      if (same(b, a)) changes.add("cosmetic", "servers", "server descriptions changed");
    } else if (key === "openapi" || key === "tags" || key === "externalDocs" || key.startsWith("x-")) {
      changes.add("cosmetic", key, `changed from ${show(before[key])} to ${show(after[key])}`);
    } else {
      changes.add("breaking", key, "changed");
    }
  }
}
