/**
 * The model-exports emitter: re-exports, by name, every type and value the model-types emitter produced
 * (one type per component schema, the enum value arrays), so a new schema reaches the package root with no
 * hand-kept list.
 */

/** Emits `models.ts` from the text of the generated `openapi.ts` that sits next to it. */
export function emitModelExports(openapiSource: string, header: string): string {
  const types: string[] = [];
  const values: string[] = [];
  for (const match of openapiSource.matchAll(/^export (interface|type|const) ([A-Za-z_$][\w$]*)/gm)) {
    (match[1] === "const" ? values : types).push(match[2] as string);
  }
  const sorted = (names: string[]) =>
    [...names].sort((a, b) =>
      a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
    );
  return [
    header,
    "/** Every type of `openapi.ts`: the document's `paths`, `operations`, `components`, and one per schema. */",
    "export type {",
    ...sorted(types).map((name) => `  ${name},`),
    '} from "./openapi.js";',
    ...(values.length === 0
      ? []
      : [
          "/** The members of every enum schema, as runtime arrays. */",
          "export {",
          ...sorted(values).map((name) => `  ${name},`),
          '} from "./openapi.js";',
        ]),
    "",
  ].join("\n");
}
