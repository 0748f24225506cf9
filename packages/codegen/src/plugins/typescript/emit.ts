/** The model-types emitter: openapi-typescript's output (`paths`, `operations`, `components`, root types). */
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import type { IR } from "../../ir/types.js";

/** Emits `openapi.ts` of the models package with openapi-typescript's Node API and the given options. */
export async function emitModelTypes(ir: IR, options: OpenAPITSOptions, header: string): Promise<string> {
  // A copy: openapi-typescript writes into the document it is given (discriminator values, for one), and
  // the other emitters must see the document as written.
  const ast = await openapiTS(structuredClone(ir.document) as never, { ...options, silent: true });
  return `${header}${astToString(ast)}`;
}
