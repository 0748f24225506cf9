import { parse } from "yaml";

/** Thrown when a document has no `info.version` to read or move. */
export class InfoVersionNotFoundError extends Error {
  override readonly name = "InfoVersionNotFoundError";
}

/** `info.version` of an OpenAPI document given as YAML text. */
export function readInfoVersion(yamlText: string): string {
  const document = parse(yamlText) as { info?: { version?: unknown } } | null;
  const version = document?.info?.version;
  if (typeof version !== "string")
    throw new InfoVersionNotFoundError("The document has no string info.version");
  return version;
}

/**
 * The same YAML text with `info.version` set to `version`. Only that one line changes, so comments,
 * anchors and the hand-made layout of the document stay as they are.
 */
export function setInfoVersion(yamlText: string, version: string): string {
  const lines = yamlText.split("\n");
  const infoLine = lines.findIndex((line) => /^info:\s*(#.*)?$/.test(line));
  if (infoLine === -1) throw new InfoVersionNotFoundError("The document has no top-level `info:` block");
  let childIndent: string | undefined;
  for (let index = infoLine + 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (/^\S/.test(line)) break; // the next top-level key: info has ended
    const match = /^(\s+)([A-Za-z$_-]+):(.*)$/.exec(line);
    if (!match) continue;
    const [, indent = "", key] = match;
    childIndent ??= indent;
    if (indent !== childIndent || key !== "version") continue;
    lines[index] = `${indent}version: ${version}`;
    const updated = lines.join("\n");
    if (readInfoVersion(updated) !== version) {
      throw new InfoVersionNotFoundError(`info.version could not be set to ${version} by a one-line edit`);
    }
    return updated;
  }
  throw new InfoVersionNotFoundError("The `info:` block has no `version:` line");
}
