/**
 * The compat entry's API classes, as the official SDK (openapi-generator `typescript-fetch`) groups the
 * operations: one class per tag, named `<Tag>Api` (`Distributions` -> `DistributionsApi`), holding every
 * operation with that tag (an operation with two tags is on both); operations without a tag are on
 * `DefaultApi`. The source of `src/generated/compat-apis.ts`: each class with the interface of its methods,
 * its prototype filled by the hand-written runtime's `defineOperations`.
 */
import { pascalCase } from "../../ir/names.js";
import type { CompatOperation } from "./emit.js";

/** The class names of an operation's tags, as typescript-fetch names them (`DefaultApi` without one). */
export function apiNames(tags: readonly string[]): string[] {
  const names = tags.map((tag) => `${pascalCase(tag)}Api`).filter((name) => name !== "Api");
  return names.length === 0 ? ["DefaultApi"] : [...new Set(names)];
}

/** The source of `compat-apis.ts`: every API class of `operations`, in the order their first operation comes. */
export function emitApis(
  operations: readonly CompatOperation[],
  options: { readonly header: string; readonly runtimeImport: string },
): string {
  const classes = new Map<string, string[]>();
  for (const operation of operations)
    for (const api of operation.apis) {
      const methods = classes.get(api) ?? [];
      methods.push(operation.methodName);
      classes.set(api, methods);
    }
  const lines = [
    options.header,
    `import { BaseAPI, defineOperations } from ${JSON.stringify(`${options.runtimeImport}/compat/runtime.js`)};`,
    'import type { CompatMethods } from "./compat-models.js";',
    'import { compatModels, compatOperations } from "./compat-tables.js";',
    'import { operationSpecs } from "./operations.js";',
    "",
    "const tables = { operationSpecs, compatModels, compatOperations };",
  ];
  for (const [api, methods] of classes) {
    const picked = methods.flatMap((method) => [method, `${method}Raw`]).map((name) => JSON.stringify(name));
    lines.push(
      "",
      `/** The methods of \`${api}\`: ${methods.map((method) => `\`${method}\``).join(", ")}, each with its \`...Raw\` twin. */`,
      `export interface ${api} extends Pick<CompatMethods, ${picked.join(" | ")}> {}`,
      "",
      `/** The official SDK's \`${api}\`: \`new ${api}(new Configuration({ basePath }))\`. */`,
      "// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: defineOperations gives the prototype every method the interface declares.",
      `export class ${api} extends BaseAPI {}`,
      "",
      `defineOperations(${api}, tables, [${methods.map((method) => JSON.stringify(method)).join(", ")}]);`,
    );
  }
  return `${lines.join("\n")}\n`;
}
