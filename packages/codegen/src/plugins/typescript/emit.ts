/** The model-types emitter: openapi-typescript's output (`paths`, `operations`, `components`, root types). */
import openapiTS, { astToString, type OpenAPITSOptions } from "openapi-typescript";
import type { IR } from "../../ir/types.js";

/** Emits `openapi.ts` of the models package with openapi-typescript's Node API and the given options. */
export async function emitModelTypes(ir: IR, options: OpenAPITSOptions, header: string): Promise<string> {
  const ast = await openapiTS(ir.document as never, { ...options, silent: true });
  return `${header}${astToString(ast)}`;
}
