/** The model-types emitter: openapi-typescript's output (`paths`, `operations`, `components`, root types). */
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import type { IR } from "../../ir/types.js";

/** Emits `openapi.ts` of the models package with openapi-typescript's Node API and the given options. */
export async function emitModelTypes(ir: IR, options: OpenAPITSOptions, header: string): Promise<string> {
  // A copy: openapi-typescript writes into the document it is given (discriminator values, for one), and
  // the other emitters must see the document as written.
  const ast = await openapiTS(structuredClone(ir.document) as never, { ...options, silent: true });
  return `${header}${withRootTypeDocs(astToString(ast), ir)}`;
}

/**
 * Puts each schema's description as TSDoc on its root type (`export type Distribution = ...`), which
 * openapi-typescript leaves bare, so a hover on `Distribution` (or on a re-export of it) explains it.
 */
function withRootTypeDocs(source: string, ir: IR): string {
  const descriptions = new Map(ir.schemas.map(({ name, schema }) => [name, schema.description]));
  return source.replace(
    /^export type (\w+) = components\['schemas'\]\['(\w+)'\];$/gm,
    (line, _name, schema: string) => {
      const text = String(descriptions.get(schema) ?? "")
        .trim()
        .replace(/\s+/g, " ")
        .replace(/\*\//g, "*\\/");
      return text === "" ? line : `/** ${text} */\n${line}`;
    },
  );
}
