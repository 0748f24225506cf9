/**
 * The compat emitter: from the document's component schemas (and its operations), the sources of
 * `src/generated/compat-models.ts` and `compat-tables.ts` (and, in `apis.ts`, `compat-apis.ts`): the model interfaces and enums exactly as the official SDK
 * (openapi-generator `typescript-fetch`) declares them (`_public`, `_short`, `githubId`, `Date` for
 * `date-time`), each with its schema's description as TSDoc, and the table `src/compat/convert.ts` turns
 * values between official and wire names with. Nothing is written per model by hand: a spec change
 * regenerates both. `emitCompat` feeds it the IR and the client emitter's view of the operations;
 * `generateCompatSources` is the plain function over schemas and operations underneath.
 */
import { type IR, type IRMedia, type JsonSchema, SCHEMA_REF_PREFIX } from "../../ir/types.js";
import type { ClientOperation } from "../client/emit.js";
import { apiNames, emitApis } from "./apis.js";
import { enumMemberName, modelName, propertyName } from "./names.js";

export type { JsonSchema };

/** One parameter of an operation, as a property of the official request object. */
export interface CompatParameter {
  /** The official property name (camelCase of the wire name, as typescript-fetch names it). */
  readonly property: string;
  readonly in: string;
  readonly required: boolean;
  readonly description: string;
  readonly schema: JsonSchema;
}

/** What the emitter needs of one operation (the client's generator reads these from the document). */
export interface CompatOperation {
  readonly methodName: string;
  /** The API classes the method is on, one per tag (`DistributionsApi`; `DefaultApi` without a tag). */
  readonly apis: readonly string[];
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  /** Every parameter (path, query, header), in document order. */
  readonly params: readonly CompatParameter[];
  readonly body: {
    readonly param: string;
    readonly required: boolean;
    readonly description: string;
    /** The body's schema (`{}` for a body without one). */
    readonly schema: JsonSchema;
  } | null;
  /** The schema of the success answer's JSON body, if it has one. */
  readonly responseSchema: JsonSchema | null;
}

const COMPOSITIONS = ["oneOf", "anyOf", "allOf"] as const;

function refName(schema: JsonSchema, where: string): string | null {
  if (typeof schema.$ref !== "string") return null;
  if (!schema.$ref.startsWith(SCHEMA_REF_PREFIX))
    throw new Error(`${where}: only component $refs are supported`);
  return schema.$ref.slice(SCHEMA_REF_PREFIX.length);
}

function docComment(text: unknown, indent: string): string[] {
  const line = String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\*\//g, "*\\/");
  return line === "" ? [] : [`${indent}/** ${line} */`];
}

function branches(schema: JsonSchema, keyword: (typeof COMPOSITIONS)[number]): JsonSchema[] {
  const list = schema[keyword];
  return Array.isArray(list) ? (list as JsonSchema[]) : [];
}

/** An inline object with properties: typescript-fetch makes it a model of its own, named after where it is. */
function isInlineModel(schema: JsonSchema): boolean {
  return typeof schema.$ref !== "string" && schema.properties !== undefined;
}

/**
 * The component schemas and the inline models (objects with properties inside another schema, named
 * `<Parent>_<property>` as openapi-generator's inline model resolver names them) the emitter declares.
 */
class ModelSet {
  readonly models = new Map<string, { schema: JsonSchema; where: string }>();
  private readonly inlineNames = new Map<JsonSchema, string>();

  add(name: string, schema: JsonSchema, where: string): void {
    const official = modelName(name);
    for (const [other] of this.models)
      if (modelName(other) === official)
        throw new Error(`${where}: "${name}" and "${other}" both become the model ${official}`);
    this.models.set(name, { schema, where });
  }

  /** The model name of the inline object `schema` found at `where` under `parent`, registered on first sight. */
  inline(parent: string, property: string, schema: JsonSchema, where: string): string {
    const known = this.inlineNames.get(schema);
    if (known !== undefined) return known;
    const name = `${parent}_${property}`;
    this.add(name, schema, where);
    this.inlineNames.set(schema, name);
    return name;
  }
}

/**
 * The TypeScript type the official SDK gives `schema`: `Date` for `date-time`, `Array<T>`, maps, unions for
 * `oneOf`/`anyOf`, type arrays and `"null"`, intersections for `allOf`. Validation keywords (`minItems`,
 * `pattern` ...), unknown formats and `x-*` keys are annotations: they leave the type alone. `parent` and
 * `property` name an inline object model.
 */
function typeOf(
  schema: JsonSchema,
  where: string,
  models: ModelSet,
  parent: string,
  property: string,
): string {
  const ref = refName(schema, where);
  if (ref !== null) return modelName(ref);
  for (const keyword of COMPOSITIONS) {
    const list = branches(schema, keyword);
    if (list.length > 0) {
      const types = list.map((branch, index) =>
        typeOf(branch, `${where}/${keyword}/${index}`, models, parent, `${property}_${index}`),
      );
      const unique = [...new Set(types)];
      return unique.length === 1
        ? (unique[0] as string)
        : `(${unique.join(keyword === "allOf" ? " & " : " | ")})`;
    }
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum !== undefined)
    return (schema.enum as unknown[]).map((value) => JSON.stringify(value)).join(" | ");
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).map((type) =>
      typeOf({ ...schema, type }, where, models, parent, property),
    );
    return `(${[...new Set(types)].join(" | ")})`;
  }
  switch (schema.type) {
    case "null":
      return "null";
    case "string":
      return schema.format === "date-time" ? "Date" : "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `Array<${typeOf((schema.items ?? {}) as JsonSchema, `${where}/items`, models, parent, property)}>`;
    default: {
      if (isInlineModel(schema)) return modelName(models.inline(parent, property, schema, where));
      if (schema.type !== "object" && schema.type !== undefined)
        throw new Error(
          `${where}: the type ${JSON.stringify(schema.type)} is not supported by the compat generator`,
        );
      const extra = schema.additionalProperties;
      if (schema.type === undefined && extra === undefined) return "any";
      const value =
        typeof extra === "object" && extra !== null
          ? typeOf(extra as JsonSchema, `${where}/additionalProperties`, models, parent, property)
          : "any";
      return `{ [key: string]: ${value}; }`;
    }
  }
}

/** The value schemas `schema` may be, looking through `oneOf`/`anyOf`/`allOf` and a type array's `"null"`. */
function alternatives(schema: JsonSchema): JsonSchema[] {
  for (const keyword of COMPOSITIONS) {
    const list = branches(schema, keyword);
    if (list.length > 0) return list.flatMap(alternatives);
  }
  return [schema];
}

/**
 * How `convert.ts` turns one property: `model` names the schema of the value (or of each item of an
 * array), `oneOf` the models it may be (the first whose required properties are all present is taken, as
 * typescript-fetch's `instanceOf` checks do); `date` marks a `date-time` string (a `Date` officially).
 */
function conversionOf(
  schema: JsonSchema,
  where: string,
  models: ModelSet,
  parent: string,
  property: string,
): { model?: string; oneOf?: string[]; date?: true } {
  const found = new Set<string>();
  let date = false;
  const visit = (value: JsonSchema, items: boolean, at: string) => {
    if (branches(value, "allOf").filter((branch) => alternatives(branch).some(isModel)).length > 1)
      throw new Error(`${at}: an allOf of several models is not supported by the compat generator`);
    for (const branch of alternatives(value)) {
      const ref = refName(branch, at);
      if (ref !== null) found.add(ref);
      else if (isInlineModel(branch)) found.add(models.inline(parent, property, branch, at));
      else if (branch.format === "date-time" && [branch.type].flat().includes("string")) date = true;
      else if (!items && [branch.type].flat().includes("array"))
        visit((branch.items ?? {}) as JsonSchema, true, `${at}/items`);
    }
  };
  visit(schema, false, where);
  if (found.size > 0 && date)
    throw new Error(
      `${where}: a value that is either a model or a date-time is not supported by the compat generator`,
    );
  if (date) return { date: true };
  if (found.size === 1) return { model: [...found][0] as string };
  if (found.size > 1) return { oneOf: [...found] };
  return {};
}

function isModel(schema: JsonSchema): boolean {
  return typeof schema.$ref === "string" || isInlineModel(schema);
}

/** A conversion as the table writes it: `{ wire: "public", required: true }`. */
function row(value: object): string {
  return JSON.stringify(value)
    .replace(/"(\w+)":/g, "$1: ")
    .replace(/,/g, ", ");
}

interface EmittedModel {
  readonly declaration: string[];
  readonly table: string[];
}

function emitEnum(official: string, schema: JsonSchema, where: string): string[] {
  if (schema.type !== "string")
    throw new Error(`${where}: only string enums are supported by the compat generator`);
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

function emitObject(name: string, schema: JsonSchema, where: string, models: ModelSet): EmittedModel {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const extra = schema.additionalProperties;
  const official = modelName(name);
  const enums: string[] = [];
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
    // An inline string enum becomes `<Model><Property>Enum`, as typescript-fetch declares it.
    let type: string;
    if (child.enum !== undefined && child.type === "string") {
      type = `${official}${modelName(wire)}Enum`;
      enums.push(...emitEnum(type, child, at));
    } else type = typeOf(child, at, models, name, wire);
    declaration.push(...docComment(child.description, "  "), `  ${property}${optional}: ${type};`);
    const conversion = {
      wire,
      ...(required.has(wire) ? { required: true } : {}),
      ...conversionOf(child, at, models, name, wire),
    };
    rows.push(`    ${property}: ${row(conversion)},`);
  }
  // An open object (additionalProperties) keeps whatever else it holds, as the official SDK's maps do.
  const open = extra === true || (typeof extra === "object" && extra !== null);
  if (open)
    declaration.push(
      `  [key: string]: ${typeof extra === "object" ? typeOf(extra as JsonSchema, `${where}/additionalProperties`, models, name, "value") : "any"};`,
    );
  declaration.push("}", "", ...enums);
  const table = open ? [`  ${name}: null,`] : [`  ${name}: {`, ...rows, "  },"];
  return { declaration, table };
}

/** A component that is neither an object nor an enum (an array, a union ...): a type alias, as typescript-fetch declares it. */
function emitAlias(name: string, schema: JsonSchema, where: string, models: ModelSet): EmittedModel {
  const official = modelName(name);
  const type = typeOf(schema, where, models, name, "value");
  const conversion = conversionOf(schema, where, models, name, "value");
  return {
    declaration: [...docComment(schema.description, ""), `export type ${official} = ${type};`, ""],
    table: Object.keys(conversion).length === 0 ? [`  ${name}: null,`] : [`  ${name}: [${row(conversion)}],`],
  };
}

function methodDoc(operation: CompatOperation): string[] {
  const lines = [operation.summary.replace(/\.?$/, ".")];
  if (operation.description !== "") lines.push("", operation.description);
  lines.push("", `\`${operation.method} ${operation.path}\` (\`${operation.operationId}\`).`);
  return ["  /**", ...lines.map((line) => (line === "" ? "   *" : `   * ${line}`)), "   */"];
}

function emitOperations(
  operations: readonly CompatOperation[],
  models: ModelSet,
): { types: string[]; rows: string[] } {
  const requests: string[] = [];
  const methods: string[] = [];
  const rows: string[] = [];
  for (const operation of operations) {
    const requestName = `${operation.methodName.charAt(0).toUpperCase()}${operation.methodName.slice(1)}Request`;
    const takesRequest = operation.params.length > 0 || operation.body !== null;
    const where = `${operation.method} ${operation.path}`;
    // Inline bodies and answers are models of their own, named as openapi-generator names them.
    const bodyOwner = `${operation.operationId}_request_body`;
    const answerOwner = `${operation.operationId}_response`;
    const required: string[] = [];
    if (takesRequest) {
      requests.push(
        `/** The first argument of \`${operation.methodName}\`, as the official SDK declares it. */`,
      );
      requests.push(`export interface ${requestName} {`);
      for (const parameter of operation.params) {
        if (parameter.required) required.push(parameter.property);
        const type = typeOf(
          parameter.schema,
          `${where} ${parameter.in} parameter ${parameter.property}`,
          models,
          operation.operationId,
          parameter.property,
        );
        requests.push(
          ...docComment(parameter.description, "  "),
          `  ${parameter.property}${parameter.required ? "" : "?"}: ${type};`,
        );
      }
      if (operation.body !== null) {
        if (operation.body.required) required.push(operation.body.param);
        const type = typeOf(operation.body.schema, `${where} request body`, models, bodyOwner, "");
        requests.push(
          ...docComment(operation.body.description, "  "),
          `  ${operation.body.param}${operation.body.required ? "" : "?"}: ${type};`,
        );
      }
      requests.push("}", "");
    }
    const value =
      operation.responseSchema === null
        ? "void"
        : typeOf(operation.responseSchema, `${where} answer`, models, answerOwner, "");
    // As in the official SDK: the request object may be left out where nothing in it is required.
    const requestOptional = required.length === 0;
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
    const body =
      operation.body === null
        ? {}
        : conversionOf(operation.body.schema, `${where} request body`, models, bodyOwner, "");
    const returns =
      operation.responseSchema === null
        ? {}
        : conversionOf(operation.responseSchema, `${where} answer`, models, answerOwner, "");
    const entry = {
      ...(required.length === 0 ? {} : { required }),
      ...(Object.keys(body).length === 0 ? {} : { body }),
      ...(operation.responseSchema === null ? {} : { returns }),
    };
    rows.push(`  ${operation.methodName}: ${row(entry)},`);
  }
  const types = [
    ...requests,
    "/** The methods of the official SDK's API classes, one per operation of the document, each with its `...Raw` twin. */",
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
  const models = new ModelSet();
  for (const [name, schema] of Object.entries(schemas))
    models.add(name, schema, `${SCHEMA_REF_PREFIX}${name}`);
  // The operations first: their inline bodies and answers join the models declared below.
  const { types, rows } = emitOperations(operations, models);
  const declarations: string[] = [];
  const table: string[] = [];
  // Emitting a model may register inline ones, which the loop reaches in turn.
  for (const [name, { schema, where }] of models.models) {
    if (schema.enum !== undefined && schema.type === "string" && refName(schema, where) === null)
      declarations.push(...emitEnum(modelName(name), schema, where));
    else {
      const emitted =
        schema.type === "object" || isInlineModel(schema)
          ? emitObject(name, schema, where, models)
          : emitAlias(name, schema, where, models);
      declarations.push(...emitted.declaration);
      table.push(...emitted.table);
    }
  }
  const source = [
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
    " * Every model by schema name: its properties by official name, each with its wire name, whether it is",
    " * required, and how its value is converted (`model`, `oneOf`, `date`); `null` for a value that passes",
    " * through as it is (an open object, an alias of plain values); `[conversion]` for an alias of a model.",
    " */",
    "export const compatModels: CompatModels = {",
    ...table,
    "};",
    "",
    "/** For each method: its required request properties and how its request body and success answer are converted. */",
    "export const compatOperations: { readonly [methodName: string]: CompatOperationSchemas } = {",
    ...rows,
    "};",
    "",
  ].join("\n");
  return { models: source, tables };
}

/** The schema of a body or answer as the document writes it: a `$ref` to its component, or the inline schema. */
function mediaSchema(media: IRMedia): JsonSchema {
  return media.schemaName === null
    ? (media.schema ?? {})
    : { $ref: `${SCHEMA_REF_PREFIX}${media.schemaName}` };
}

/** The client's view of one operation, in the shape `generateCompatSources` takes. */
function compatOperation(client: ClientOperation): CompatOperation {
  return {
    methodName: client.methodName,
    apis: apiNames(client.operation.tags),
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
  };
}

/** Emits `compat-models.ts`, `compat-tables.ts` and `compat-apis.ts` (file name -> content) from the IR and the client's operations. */
export function emitCompat(
  ir: IR,
  clients: readonly ClientOperation[],
  options: { readonly header: string; readonly runtimeImport: string },
): Map<string, string> {
  const schemas = Object.fromEntries(ir.schemas.map(({ name, schema }) => [name, schema]));
  const operations = clients.map(compatOperation);
  const { models, tables } = generateCompatSources(schemas, operations, options);
  return new Map([
    ["compat-models.ts", models],
    ["compat-tables.ts", tables],
    ["compat-apis.ts", emitApis(operations, options)],
  ]);
}
