/**
 * `pnpm generate` of @pieces-distributions/client: regenerates, through the codegen package's reader,
 * `src/generated/operations.ts` (the operation table and the method types, codegen's client emitter),
 * `src/generated/body-shapes.ts` (the request-body property names the client checks) and
 * `src/generated/compat-models.ts` + `compat-tables.ts` (the official SDK's model shapes and the name mapping of
 * the compat entry). `--check` writes nothing and fails, naming each stale file, when a committed file differs
 * from what the document produces.
 *
 * Usage: tsx scripts/generate.ts [--check] [--document path] [--out-file path] [--models-import specifier]
 *        [--runtime-import specifier]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  clientOperations,
  emitClientOperations,
  generatedHeader,
  type IRMedia,
  readDocument,
  runGenerateCli,
  SCHEMA_REF_PREFIX,
} from "@pieces-distributions/codegen/light";
import { generateConfig } from "../generate.config.js";
import { generateBodyShapesSource, type JsonSchema } from "./body-shapes-codegen.js";
import { type CompatOperation, generateCompatSources } from "./compat-codegen.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repositoryDir = path.resolve(packageDir, "../..");
const GENERATOR = "packages/client/scripts/generate.ts";

/** Where the generated file imports from; every field defaults to `generate.config.ts`. */
export interface GenerateOptions {
  readonly modelsImport?: string | undefined;
  readonly runtimeImport?: string | undefined;
}

/** Produces the source of the generated operations file from the document at `documentPath`. */
export async function generateClient(documentPath: string, options: GenerateOptions = {}): Promise<string> {
  const ir = await readDocument(documentPath, repositoryDir);
  return emitClientOperations(ir, {
    header: generatedHeader(ir.source, GENERATOR).trimEnd(),
    modelsImport: options.modelsImport ?? generateConfig.imports.models,
    runtimeImport: options.runtimeImport ?? generateConfig.imports.runtime,
    retryByDefault: generateConfig.retryByDefault,
  });
}

/** The schema of a body or answer as the document writes it: a `$ref` to its component, or the inline schema. */
function mediaSchema(media: IRMedia): JsonSchema {
  return media.schemaName === null
    ? (media.schema ?? {})
    : { $ref: `${SCHEMA_REF_PREFIX}${media.schemaName}` };
}

/** The client's view of each operation, in the shape the compat emitter takes. */
function compatOperations(clients: ReturnType<typeof clientOperations>): CompatOperation[] {
  return clients.map((client) => ({
    methodName: client.methodName,
    operationId: client.operation.operationId,
    method: client.operation.method.toUpperCase(),
    path: client.operation.path,
    summary: client.operation.summary,
    description: client.operation.description,
    params: client.parameters.map(({ property, parameter }) => ({
      property,
      in: parameter.in,
      required: parameter.required,
      description: parameter.description,
      schema: parameter.schema,
    })),
    body:
      client.body === null
        ? null
        : {
            param: client.body.property,
            required: client.body.required,
            description: client.body.description,
            schema: mediaSchema(client.body.media),
          },
    // A text answer is a string, with or without a schema; an empty one has none.
    responseSchema:
      client.answer === null
        ? null
        : client.answer.kind === "text"
          ? (client.answer.schema ?? { type: "string" })
          : mediaSchema(client.answer),
  }));
}

/**
 * The files generated beside the operations file, by file name: the body-shapes table and the compat
 * models, both emitted from the document's component schemas and the client's view of its operations.
 */
export async function generateSchemaFiles(
  documentPath: string,
  runtimeImport: string = generateConfig.imports.runtime,
): Promise<Map<string, string>> {
  const ir = await readDocument(documentPath, repositoryDir);
  const header = generatedHeader(ir.source, GENERATOR).trimEnd();
  const schemas: Record<string, JsonSchema> = Object.fromEntries(
    ir.schemas.map(({ name, schema }) => [name, schema]),
  );
  const clients = clientOperations(ir, generateConfig.retryByDefault);
  const bodies: Record<string, string> = {};
  for (const client of clients)
    if (client.body?.media.schemaName != null) bodies[client.body.property] = client.body.media.schemaName;
  const compat = generateCompatSources(schemas, compatOperations(clients), { header, runtimeImport });
  return new Map([
    ["body-shapes.ts", generateBodyShapesSource(schemas, bodies, header)],
    ["compat-models.ts", compat.models],
    ["compat-tables.ts", compat.tables],
  ]);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runGenerateCli(["out-file", "models-import", "runtime-import"], async (values) => {
    const target = path.resolve(packageDir, values["out-file"] ?? generateConfig.outFile);
    const documentPath = path.resolve(packageDir, values.document ?? generateConfig.document);
    const content = await generateClient(documentPath, {
      modelsImport: values["models-import"],
      runtimeImport: values["runtime-import"],
    });
    const files = new Map([[target, content]]);
    for (const [name, source] of await generateSchemaFiles(
      documentPath,
      values["runtime-import"] ?? generateConfig.imports.runtime,
    ))
      files.set(path.join(path.dirname(target), name), source);
    return files;
  });
}
