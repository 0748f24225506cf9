/**
 * The compat emitter: from the document's component schemas (and its operations), the sources of
 * `src/generated/compat-models.ts` and `compat-tables.ts`: the model interfaces and enums exactly as the official SDK
 * (openapi-generator `typescript-fetch`) declares them (`_public`, `_short`, `githubId`, `Date` for
 * `date-time`), each with its schema's description as TSDoc, and the table `src/compat/convert.ts` turns
 * values between official and wire names with. Nothing is written per model by hand: a spec change
 * regenerates both. It is a plain function over the schemas, so any reader of the document can feed it.
 */
import { enumMemberName, modelName, propertyName } from "./openapi-generator-names.js";

/** A JSON Schema object as it appears in the document. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** What the emitter needs of one operation (the client's generator reads these from the document). */
export interface CompatOperation {
  readonly methodName: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly pathParams: readonly { readonly name: string; readonly description: string }[];
  readonly body: { readonly param: string; readonly required: boolean; readonly description: string } | null;
  /** The component schema of the JSON request body, if it is one. */
  readonly bodySchema: string | null;
  readonly responseSchema: string | null;
}

const SCHEMA_REF_PREFIX = "#/components/schemas/";
const KNOWN_KEYWORDS = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "format",
  "title",
  "description",
  "examples",
  "example",
  "default",
  "deprecated",
]);

function refName(schema: JsonSchema, where: string): string | null {
  if (typeof schema.$ref !== "string") return null;
  if (!schema.$ref.startsWith(SCHEMA_REF_PREFIX))
    throw new Error(`${where}: only component $refs are supported`);
  return schema.$ref.slice(SCHEMA_REF_PREFIX.length);
}

function assertKnown(schema: JsonSchema, where: string): void {
  for (const keyword of Object.keys(schema))
    if (!KNOWN_KEYWORDS.has(keyword))
      throw new Error(`${where}: the compat generator does not support the keyword "${keyword}"`);
}

function docComment(text: unknown, indent: string): string[] {
  const line = String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\*\//g, "*\\/");
  return line === "" ? [] : [`${indent}/** ${line} */`];
}

/** The TypeScript type the official SDK gives `schema` (`Date` for `date-time`, `Array<T>`, maps). */
function typeOf(schema: JsonSchema, where: string): string {
  assertKnown(schema, where);
  const ref = refName(schema, where);
  if (ref !== null) return modelName(ref);
  if (schema.enum !== undefined)
    throw new Error(`${where}: an inline enum is not supported; make it a component`);
  switch (schema.type) {
    case "string":
      return schema.format === "date-time" ? "Date" : "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `Array<${typeOf((schema.items ?? {}) as JsonSchema, `${where}/items`)}>`;
    case "object": {
      if (schema.properties !== undefined)
        throw new Error(`${where}: an inline object with properties is not supported; make it a component`);
      const extra = schema.additionalProperties;
      const value =
        typeof extra === "object" && extra !== null
          ? typeOf(extra as JsonSchema, `${where}/additionalProperties`)
          : "any";
      return `{ [key: string]: ${value}; }`;
    }
    default:
      throw new Error(
        `${where}: the type ${JSON.stringify(schema.type)} is not supported by the compat generator`,
      );
  }
}

/**
 * How `convert.ts` turns one property: `model` names the component schema of the value (or of each item
 * of an array); `date` marks a `date-time` string (a `Date` in the official shape).
 */
function conversionOf(schema: JsonSchema, where: string): { model?: string; date?: true } {
  const ref = refName(schema, where);
  if (ref !== null) return { model: ref };
  if (schema.type === "string" && schema.format === "date-time") return { date: true };
  if (schema.type === "array") {
    const items = (schema.items ?? {}) as JsonSchema;
    const itemRef = refName(items, `${where}/items`);
    if (itemRef !== null) return { model: itemRef };
    if (items.type === "string" && items.format === "date-time") return { date: true };
  }
  return {};
}

interface EmittedModel {
  readonly declaration: string[];
  readonly table: string[];
}

function emitObject(name: string, schema: JsonSchema, where: string): EmittedModel {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const extra = schema.additionalProperties;
  const official = modelName(name);
  const declaration = [...docComment(schema.description, ""), `export interface ${official} {`];
  const rows: string[] = [];
  const taken = new Map<string, string>();
  for (const [wire, child] of Object.entries(properties)) {
    const at = `${where}/properties/${wire}`;
    const property = propertyName(wire);
    const clash = taken.get(property);
    if (clash !== undefined)
      throw new Error(`${at}: "${wire}" and "${clash}" both become the official property ${property}`);
    taken.set(property, wire);
    const optional = required.has(wire) ? "" : "?";
    declaration.push(
      ...docComment(child.description, "  "),
      `  ${property}${optional}: ${typeOf(child, at)};`,
    );
    const row = { wire, ...(required.has(wire) ? { required: true } : {}), ...conversionOf(child, at) };
    rows.push(
      `    ${property}: ${JSON.stringify(row)
        .replace(/"(\w+)":/g, "$1: ")
        .replace(/,/g, ", ")},`,
    );
  }
  // An open object (additionalProperties) keeps whatever else it holds, as the official SDK's maps do.
  const open = extra === true || (typeof extra === "object" && extra !== null);
  if (open)
    declaration.push(
      `  [key: string]: ${typeof extra === "object" ? typeOf(extra as JsonSchema, `${where}/additionalProperties`) : "any"};`,
    );
  declaration.push("}", "");
  const table = open ? [`  ${name}: null,`] : [`  ${name}: {`, ...rows, "  },"];
  return { declaration, table };
}

function emitEnum(name: string, schema: JsonSchema, where: string): string[] {
  if (schema.type !== "string")
    throw new Error(`${where}: only string enums are supported by the compat generator`);
  const official = modelName(name);
  const members = (schema.enum as unknown[]).map((value) => {
    const text = String(value);
    return `  ${enumMemberName(text)}: ${JSON.stringify(text)},`;
  });
  return [
    ...docComment(schema.description, ""),
    `export const ${official} = {`,
    ...members,
    "} as const;",
    ...docComment(schema.description, ""),
    `export type ${official} = (typeof ${official})[keyof typeof ${official}];`,
    "",
  ];
}

function methodDoc(operation: CompatOperation): string[] {
  const lines = [operation.summary.replace(/\.?$/, ".")];
  if (operation.description !== "") lines.push("", operation.description);
  lines.push("", `\`${operation.method} ${operation.path}\` (\`${operation.operationId}\`).`);
  return ["  /**", ...lines.map((line) => (line === "" ? "   *" : `   * ${line}`)), "   */"];
}

function emitOperations(operations: readonly CompatOperation[]): { types: string[]; rows: string[] } {
  const requests: string[] = [];
  const methods: string[] = [];
  const rows: string[] = [];
  for (const operation of operations) {
    const requestName = `${operation.methodName.charAt(0).toUpperCase()}${operation.methodName.slice(1)}Request`;
    const takesRequest = operation.pathParams.length > 0 || operation.body !== null;
    if (takesRequest) {
      requests.push(
        `/** The first argument of \`${operation.methodName}\`, as the official SDK declares it. */`,
      );
      requests.push(`export interface ${requestName} {`);
      for (const parameter of operation.pathParams)
        requests.push(...docComment(parameter.description, "  "), `  ${parameter.name}: string;`);
      if (operation.body !== null) {
        const type = operation.bodySchema === null ? "any" : modelName(operation.bodySchema);
        const optional = operation.body.required ? "" : "?";
        requests.push(
          ...docComment(operation.body.description, "  "),
          `  ${operation.body.param}${optional}: ${type};`,
        );
      }
      requests.push("}", "");
    }
    const value = operation.responseSchema === null ? "void" : modelName(operation.responseSchema);
    // As in the official SDK: the request object may be left out where nothing in it is required.
    const requestOptional = operation.pathParams.length === 0 && operation.body?.required !== true;
    const parameters = takesRequest
      ? `requestParameters${requestOptional ? "?" : ""}: ${requestName}, initOverrides?: RequestInit | InitOverrideFunction`
      : "initOverrides?: RequestInit | InitOverrideFunction";
    const rawParameters = takesRequest
      ? `requestParameters: ${requestName}, initOverrides?: RequestInit | InitOverrideFunction`
      : parameters;
    methods.push(
      ...methodDoc(operation),
      `  ${operation.methodName}Raw(${rawParameters}): Promise<ApiResponse<${value}>>;`,
      ...methodDoc(operation),
      `  ${operation.methodName}(${parameters}): Promise<${value}>;`,
    );
    const row = {
      ...(operation.bodySchema === null ? {} : { body: operation.bodySchema }),
      ...(operation.responseSchema === null ? {} : { returns: operation.responseSchema }),
    };
    rows.push(
      `  ${operation.methodName}: ${JSON.stringify(row)
        .replace(/"(\w+)":/g, "$1: ")
        .replace(/,/g, ", ")},`,
    );
  }
  const types = [
    ...requests,
    "/** The methods of the official SDK's `DistributionsApi`, one per operation of the document, each with its `...Raw` twin. */",
    "export interface CompatMethods {",
    ...methods,
    "}",
    "",
  ];
  return { types, rows };
}

/**
 * Generates the TypeScript sources of `src/generated/compat-models.ts` (the public types and enums: the
 * compat entry exports all of it) and `src/generated/compat-tables.ts` (the conversion tables it runs on).
 */
export function generateCompatSources(
  schemas: Readonly<Record<string, JsonSchema>>,
  operations: readonly CompatOperation[],
  options: { readonly header: string; readonly runtimeImport: string },
): { readonly models: string; readonly tables: string } {
  const declarations: string[] = [];
  const table: string[] = [];
  const names = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    const where = `${SCHEMA_REF_PREFIX}${name}`;
    assertKnown(schema, where);
    const official = modelName(name);
    const clash = names.get(official);
    if (clash !== undefined)
      throw new Error(`${where}: "${name}" and "${clash}" both become the model ${official}`);
    names.set(official, name);
    if (schema.enum !== undefined) declarations.push(...emitEnum(name, schema, where));
    else if (schema.type === "object") {
      const emitted = emitObject(name, schema, where);
      declarations.push(...emitted.declaration);
      table.push(...emitted.table);
    } else
      throw new Error(
        `${where}: only object and string enum components are supported by the compat generator`,
      );
  }
  const { types, rows } = emitOperations(operations);
  const models = [
    options.header,
    `import type { ApiResponse, InitOverrideFunction } from ${JSON.stringify(`${options.runtimeImport}/compat/runtime.js`)};`,
    "",
    ...declarations,
    ...types,
  ].join("\n");
  const tables = [
    options.header,
    `import type { CompatModels, CompatOperationSchemas } from ${JSON.stringify(`${options.runtimeImport}/compat/convert.js`)};`,
    "",
    "/**",
    " * Every object schema by wire name: its properties by official name, each with its wire name, whether it",
    " * is required, and the schema (`model`) or `date-time` (`date`) its value is converted with; `null` for an",
    " * open object, which passes through as it is.",
    " */",
    "export const compatModels: CompatModels = {",
    ...table,
    "};",
    "",
    "/** For each method: the component schema of its request body and of its success answer, if any. */",
    "export const compatOperations: { readonly [methodName: string]: CompatOperationSchemas } = {",
    ...rows,
    "};",
    "",
  ].join("\n");
  return { models, tables };
}
