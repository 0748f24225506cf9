/**
 * Writes `src/generated/validators.ts`: one specialised validator per schema of the document.
 *
 * Each schema becomes two functions: `isX` (a fast boolean check that allocates nothing, used for the common
 * case of a valid value) and `checkX` (a slower walk that collects every problem with its JSON path, run only
 * when `isX` said no). The generator understands the subset of JSON Schema the document uses and refuses any
 * other keyword, so a spec edit that needs more fails here, loudly, instead of being silently unchecked.
 */

import type { IR, JsonSchema } from "../../ir/types.js";

/** Emits the validators module of the models package for every component schema of the document. */
export function emitValidators(ir: IR, header: string): string {
  return generateValidatorsSource(
    Object.fromEntries(ir.schemas.map((schema) => [schema.name, schema.schema])),
    header,
  );
}

const IGNORED_KEYWORDS = new Set(["title", "description", "examples", "example", "default", "deprecated"]);
const SUPPORTED_KEYWORDS = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "format",
  ...IGNORED_KEYWORDS,
]);
const SUPPORTED_FORMATS = new Set(["date-time"]);

import { SCHEMA_REF_PREFIX } from "../../ir/types.js";

/** The name of a generated helper, for a schema or a schema nested inside one. */
type HelperName = string;

interface Helper {
  readonly name: HelperName;
  readonly schema: JsonSchema;
  /** Where the schema sits in the document, for error messages. */
  readonly location: string;
}

/** Generates the TypeScript source of the validators module for the given `components.schemas`. */
function generateValidatorsSource(schemas: Readonly<Record<string, JsonSchema>>, header: string): string {
  const names = Object.keys(schemas);
  const helpers: Helper[] = [];
  const enums: string[] = [];
  for (const name of names) {
    const schema = schemas[name];
    if (schema === undefined) continue;
    helpers.push({ name, schema, location: `${SCHEMA_REF_PREFIX}${name}` });
  }

  const body: string[] = [];
  // Helpers can add further helpers (hoisted inline objects and arrays) while we walk them.
  for (let index = 0; index < helpers.length; index++) {
    const helper = helpers[index] as Helper;
    assertSupported(helper.schema, helper.location, names);
    body.push(...emitHelper(helper, helpers, enums));
  }

  const publicApi: string[] = [];
  for (const name of names) {
    publicApi.push(
      `/** Whether \`value\` is a valid \`${name}\` (a type guard; allocates nothing). */`,
      `export function is${name}(value: unknown): value is ${name} {`,
      `  return is_${name}(value);`,
      "}",
      "",
      `/** Validates \`value\` as a \`${name}\`: the typed value, or every problem with its JSON path. */`,
      `export function validate${name}(value: unknown): ValidationResult<${name}> {`,
      `  if (is_${name}(value)) return { ok: true, value: value as ${name} };`,
      "  const problems: ValidationProblem[] = [];",
      `  check_${name}(value, "", problems);`,
      "  return { ok: false, problems };",
      "}",
      "",
    );
  }

  return [
    header,
    `import type { components } from "./openapi.js";`,
    "",
    ...names.map((name) => `type ${name} = components["schemas"]["${name}"];`),
    "",
    '/** One thing wrong with a value: where (a JSON Pointer, `""` for the value itself) and what. */',
    "export interface ValidationProblem {",
    '  /** JSON Pointer to the offending value, such as `/github/gist/name`; `""` is the value itself. */',
    "  readonly path: string;",
    "  /** What is wrong there, such as `must be string`. */",
    "  readonly message: string;",
    "}",
    "",
    "/** The outcome of a validation: the value, typed, or the list of problems (never empty). */",
    "export type ValidationResult<T> =",
    "  | { readonly ok: true; readonly value: T }",
    "  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };",
    "",
    "/** The name of every schema in the document. */",
    `export type SchemaName = ${names.map((name) => JSON.stringify(name)).join(" | ")};`,
    "",
    "/** The names of every schema in the document, in document order. */",
    `export const schemaNames: readonly SchemaName[] = [${names.map((name) => JSON.stringify(name)).join(", ")}];`,
    "",
    ...enums,
    RUNTIME_HELPERS,
    ...body,
    ...publicApi,
    "/** Validates `value` against the schema called `name`; the same as calling `validate<Name>(value)`. */",
    'export function validateSchema<N extends SchemaName>(name: N, value: unknown): ValidationResult<components["schemas"][N]> {',
    '  const validate = schemaValidators[name] as (value: unknown) => ValidationResult<components["schemas"][N]>;',
    "  return validate(value);",
    "}",
    "",
    "/** Every validator, keyed by schema name. */",
    'export const schemaValidators: { readonly [N in SchemaName]: (value: unknown) => ValidationResult<components["schemas"][N]> } = {',
    ...names.map((name) => `  ${name}: validate${name},`),
    "};",
    "",
  ].join("\n");
}

/** Small runtime functions every generated validator shares. */
const RUNTIME_HELPERS = `function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\\//g, "~1");
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two-digit number at \`index\` of \`text\`, or -1 when either character is not a digit. */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - 48;
  const ones = text.charCodeAt(index + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * RFC 3339 \`date-time\` (\`2026-11-28T09:15:00.000Z\`), with real calendar and clock ranges, as JSON Schema's
 * format asks. Written with character codes rather than a regular expression: a snapshot holds five
 * timestamps per distribution, and this check is most of the cost of validating one.
 */
function isDateTime(text: string): boolean {
  const length = text.length;
  if (length < 20) return false;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const separator = text.charCodeAt(10);
  if (
    century < 0 ||
    yearInCentury < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (separator !== 84 && separator !== 116 && separator !== 32) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  ) {
    return false;
  }
  const year = century * 100 + yearInCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month] as number))) return false;
  let index = 19;
  if (text.charCodeAt(index) === 46) {
    index++;
    const firstDigit = index;
    while (index < length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
    if (index === firstDigit) return false;
  }
  const zone = text.charCodeAt(index);
  if (zone === 90 || zone === 122) return index + 1 === length;
  if (zone !== 43 && zone !== 45) return false;
  const offsetHour = twoDigits(text, index + 1);
  const offsetMinute = twoDigits(text, index + 4);
  return (
    index + 6 === length &&
    text.charCodeAt(index + 3) === 58 &&
    offsetHour >= 0 &&
    offsetHour <= 23 &&
    offsetMinute >= 0 &&
    offsetMinute <= 59
  );
}
`;

function refName(ref: unknown, location: string, names: readonly string[]): string {
  if (typeof ref !== "string" || !ref.startsWith(SCHEMA_REF_PREFIX)) {
    throw new Error(
      `${location}: only local references to ${SCHEMA_REF_PREFIX}* are supported, got ${String(ref)}`,
    );
  }
  const name = ref.slice(SCHEMA_REF_PREFIX.length);
  if (!names.includes(name)) throw new Error(`${location}: ${ref} names no schema of the document`);
  return name;
}

function assertSupported(schema: JsonSchema, location: string, names: readonly string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!SUPPORTED_KEYWORDS.has(keyword)) {
      throw new Error(`${location}: the validator generator does not support the keyword "${keyword}"`);
    }
  }
  if (schema.$ref !== undefined) {
    refName(schema.$ref, location, names);
    return;
  }
  if (schema.format !== undefined && !SUPPORTED_FORMATS.has(String(schema.format))) {
    throw new Error(
      `${location}: the validator generator does not support the format "${String(schema.format)}"`,
    );
  }
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [property, child] of Object.entries(properties)) {
    assertSupported(child, `${location}/properties/${property}`, names);
  }
  if (typeof schema.items === "object" && schema.items !== null) {
    assertSupported(schema.items as JsonSchema, `${location}/items`, names);
  }
  if (typeof schema.additionalProperties === "object" && schema.additionalProperties !== null) {
    assertSupported(schema.additionalProperties as JsonSchema, `${location}/additionalProperties`, names);
  }
  if (schema.type === undefined && schema.enum === undefined) {
    throw new Error(`${location}: a schema needs a "type", an "enum" or a "$ref"`);
  }
}

/** A short human description of what a schema expects, for messages such as `must be string`. */
function expectation(schema: JsonSchema): string {
  if (schema.$ref !== undefined) return String(schema.$ref).slice(SCHEMA_REF_PREFIX.length);
  if (schema.enum !== undefined)
    return `one of ${(schema.enum as unknown[]).map((value) => String(value)).join(", ")}`;
  if (schema.format === "date-time") return "a date-time string";
  return String(schema.type);
}

/**
 * Emits the `is_` and `check_` functions of one helper. Nested objects and arrays are hoisted into helpers
 * of their own (appended to `helpers`), so every generated function stays flat and easy to read.
 */
function emitHelper(helper: Helper, helpers: Helper[], enums: string[]): string[] {
  const { name, schema } = helper;
  const isLines: string[] = [];
  const checkLines: string[] = [];
  const nested = (suffix: string, child: JsonSchema, location: string): string => {
    const childName = `${name}_${suffix}`;
    helpers.push({ name: childName, schema: child, location });
    return childName;
  };

  if (schema.$ref !== undefined) {
    const target = String(schema.$ref).slice(SCHEMA_REF_PREFIX.length);
    isLines.push(`  return is_${target}(value);`);
    checkLines.push(`  check_${target}(value, path, problems);`);
  } else if (schema.enum !== undefined) {
    const values = schema.enum as unknown[];
    const constName = `${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}_MEMBERS`;
    enums.push(`const ${constName}: ReadonlySet<unknown> = new Set(${JSON.stringify(values)});`, "");
    isLines.push(`  return ${constName}.has(value);`);
    checkLines.push(
      `  if (!${constName}.has(value)) problems.push({ path, message: ${JSON.stringify(`must be ${expectation(schema)}`)} });`,
    );
  } else if (schema.type === "object") {
    isLines.push("  if (!isPlainObject(value)) return false;");
    checkLines.push(
      "  if (!isPlainObject(value)) {",
      `    problems.push({ path, message: "must be object" });`,
      "    return;",
      "  }",
    );
    const required = new Set((schema.required ?? []) as string[]);
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const property of required) {
      if (!(property in properties)) {
        throw new Error(`${helper.location}: "${property}" is required but not among the properties`);
      }
    }
    let index = 0;
    for (const [property, child] of Object.entries(properties)) {
      const local = `v${index++}`;
      const access = `value[${JSON.stringify(property)}]`;
      const childPath = `path + ${JSON.stringify(`/${property.replace(/~/g, "~0").replace(/\//g, "~1")}`)}`;
      const test = valueTest(child, local, () =>
        nested(property, child, `${helper.location}/properties/${property}`),
      );
      isLines.push(`  const ${local} = ${access};`);
      checkLines.push(`  const ${local} = ${access};`);
      if (required.has(property)) {
        isLines.push(`  if (${local} === undefined || !(${test.is})) return false;`);
        checkLines.push(
          `  if (${local} === undefined) problems.push({ path: ${childPath}, message: ${JSON.stringify(`is required and must be ${expectation(child)}`)} });`,
          `  else ${test.check(childPath)}`,
        );
      } else {
        isLines.push(`  if (${local} !== undefined && !(${test.is})) return false;`);
        checkLines.push(`  if (${local} !== undefined) ${test.check(childPath)}`);
      }
    }
    const extra = schema.additionalProperties;
    if (typeof extra === "object" && extra !== null) {
      const known = Object.keys(properties);
      const skip =
        known.length > 0
          ? `if (${known.map((key) => `key === ${JSON.stringify(key)}`).join(" || ")}) continue; `
          : "";
      const test = valueTest(extra as JsonSchema, "item", () =>
        nested("value", extra as JsonSchema, `${helper.location}/additionalProperties`),
      );
      isLines.push(
        `  for (const key in value) { ${skip}const item = value[key]; if (!(${test.is})) return false; }`,
      );
      checkLines.push(
        `  for (const key in value) { ${skip}const item = value[key]; ${test.check(`path + "/" + pointerToken(key)`)} }`,
      );
    } else if (extra === false) {
      throw new Error(
        `${helper.location}: additionalProperties: false is not supported (Pieces OS adds fields)`,
      );
    }
    isLines.push("  return true;");
  } else if (schema.type === "array") {
    const items = (schema.items ?? {}) as JsonSchema;
    const test = valueTest(items, "item", () => nested("item", items, `${helper.location}/items`));
    isLines.push(
      "  if (!Array.isArray(value)) return false;",
      "  for (let index = 0; index < value.length; index++) {",
      "    const item: unknown = value[index];",
      `    if (!(${test.is})) return false;`,
      "  }",
      "  return true;",
    );
    checkLines.push(
      "  if (!Array.isArray(value)) {",
      `    problems.push({ path, message: "must be array" });`,
      "    return;",
      "  }",
      "  for (let index = 0; index < value.length; index++) {",
      "    const item: unknown = value[index];",
      `    ${test.check(`path + "/" + index`)}`,
      "  }",
    );
  } else {
    const test = valueTest(schema, "value", () => {
      throw new Error(`${helper.location}: unexpected nested schema`);
    });
    isLines.push(`  return ${test.is};`);
    checkLines.push(`  ${test.check("path")}`);
  }

  return [
    `function is_${name}(value: unknown): boolean {`,
    ...isLines,
    "}",
    "",
    `function check_${name}(value: unknown, path: string, problems: ValidationProblem[]): void {`,
    ...checkLines,
    "}",
    "",
  ];
}

interface ValueTest {
  /** A boolean expression: whether the value is valid. */
  readonly is: string;
  /** A statement that records the problems of the value at the given path expression. */
  readonly check: (pathExpression: string) => string;
}

/** How to test one value against a schema inline: a primitive check, a `$ref` call, or a hoisted helper. */
function valueTest(schema: JsonSchema, variable: string, hoist: () => string): ValueTest {
  const fail = (pathExpression: string, message: string) =>
    `problems.push({ path: ${pathExpression}, message: ${JSON.stringify(message)} });`;
  if (schema.$ref !== undefined) {
    const target = String(schema.$ref).slice(SCHEMA_REF_PREFIX.length);
    return {
      is: `is_${target}(${variable})`,
      check: (pathExpression) => `check_${target}(${variable}, ${pathExpression}, problems);`,
    };
  }
  if (schema.enum !== undefined || schema.type === "object" || schema.type === "array") {
    const helper = hoist();
    return {
      is: `is_${helper}(${variable})`,
      check: (pathExpression) => `check_${helper}(${variable}, ${pathExpression}, problems);`,
    };
  }
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") {
        return {
          is: `typeof ${variable} === "string" && isDateTime(${variable})`,
          check: (pathExpression) =>
            `if (typeof ${variable} !== "string") ${fail(pathExpression, "must be string")} else if (!isDateTime(${variable})) ${fail(pathExpression, 'must match format "date-time"')}`,
        };
      }
      return {
        is: `typeof ${variable} === "string"`,
        check: (pathExpression) =>
          `if (typeof ${variable} !== "string") ${fail(pathExpression, "must be string")}`,
      };
    case "integer":
      return {
        is: `Number.isInteger(${variable})`,
        check: (pathExpression) =>
          `if (!Number.isInteger(${variable})) ${fail(pathExpression, "must be integer")}`,
      };
    case "number":
      return {
        is: `typeof ${variable} === "number" && Number.isFinite(${variable})`,
        check: (pathExpression) =>
          `if (typeof ${variable} !== "number" || !Number.isFinite(${variable})) ${fail(pathExpression, "must be number")}`,
      };
    case "boolean":
      return {
        is: `typeof ${variable} === "boolean"`,
        check: (pathExpression) =>
          `if (typeof ${variable} !== "boolean") ${fail(pathExpression, "must be boolean")}`,
      };
    default:
      throw new Error(`unsupported type ${JSON.stringify(schema.type)}`);
  }
}
