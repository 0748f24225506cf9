import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** Absolute path of the repository's OpenAPI document. */
export const documentPath = fileURLToPath(
  new URL("../../../openapi/pieces-os-distributions.yaml", import.meta.url),
);

/** The OpenAPI document, parsed (YAML anchors resolved). */
export function loadDocument(): Record<string, any> {
  return parse(readFileSync(documentPath, "utf8")) as Record<string, any>;
}
