/**
 * The validators emitter: one standalone validator per component schema (and per inline JSON body, inline
 * JSON answer and query/header parameter of an operation), compiled by Ajv (`ajv/dist/2020`, JSON Schema
 * 2020-12, with `ajv-formats` and OpenAPI's `discriminator`) and written out with `ajv/dist/standalone`.
 *
 * Two files: `ajv-standalone.ts` (Ajv's code, unchecked by tsc, importing the code formats from the
 * hand-written `formats.ts` and Ajv's few runtime helpers, `ucs2length` and `equal`, which the package's
 * build bundles into the validators entry only) and `validators.ts`, the typed public API over it
 * (`validateX`, `isX`, `validateSchema`, `schemaNames` ...), whose runtime half is the hand-written
 * `validation.ts`. Unknown formats and `x-*` keys are annotations, as JSON Schema says.
 */
import { _, Ajv2020 } from "ajv/dist/2020.js";
import ajvStandalone from "ajv/dist/standalone/index.js";
import type { IR } from "../../ir/types.js";
import { CODE_FORMATS, REGEX_FORMATS } from "./formats.js";

// CommonJS with `exports.default`; under NodeNext its default import is the module object.
const standaloneCode = (
  ajvStandalone as unknown as { default: (ajv: Ajv2020, refs: Record<string, string>) => string }
).default;

const DOCUMENT_ID = "https://pieces-distributions.invalid/document.json";

/** The options of the emitter. */
export interface ValidatorsEmitOptions {
  /** The header comment both files start with. */
  readonly header: string;
  /** The hand-written runtime module (`validation.ts`), relative to the generated files. */
  readonly runtimeImport: string;
  /** The hand-written module exporting `formats` (the code formats by name), relative to the generated files. */
  readonly formatsImport: string;
}

/**
 * The validators' key of an operation's inline schema: `<operationId> request`, `<operationId> response
 * <status>` or `<operationId> parameter <name>`. The client's table and the mock server look them up.
 */
export function operationSchemaKey(
  operationId: string,
  as: "request" | "response" | "parameter",
  detail = "",
): string {
  return as === "request" ? `${operationId} request` : `${operationId} ${as} ${detail}`;
}

/** Every schema the validators cover beyond the component schemas, by key, as JSON Pointers into the document. */
function operationSchemas(ir: IR): Map<string, string> {
  const found = new Map<string, string>();
  for (const operation of ir.operations) {
    for (const parameter of operation.parameters)
      if (parameter.in !== "path")
        found.set(operationSchemaKey(operation.operationId, "parameter", parameter.name), parameter.pointer);
    const body = operation.requestBody?.contents.find((media) => media.kind === "json");
    if (body?.schema !== undefined && body.schemaName === null)
      found.set(operationSchemaKey(operation.operationId, "request"), body.pointer);
    for (const response of operation.responses) {
      const media = response.contents.find((content) => content.kind === "json");
      if (media?.schema !== undefined && media.schemaName === null)
        found.set(operationSchemaKey(operation.operationId, "response", response.status), media.pointer);
    }
  }
  return found;
}

/** Turns Ajv's `require(...)` lines into imports, so the module is ESM for the build and for Vite. */
function toImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(
    /const (\w+) = require\("([^"]+)"\)([^;]*);/g,
    (_match, name: string, specifier: string, rest: string) => {
      // Our own module is ESM; Ajv's runtime helpers are CommonJS with `exports.default`, which bundlers
      // and Node interoperate differently: take the function wherever this environment put it.
      imports.push(
        `import * as ${name}_module from ${JSON.stringify(specifier.startsWith(".") ? specifier : `${specifier}.js`)};`,
      );
      if (!specifier.startsWith(".")) {
        if (rest !== ".default") throw new Error(`unexpected Ajv runtime import ${specifier}${rest}`);
        return `const ${name} = typeof ${name}_module.default === "function" ? ${name}_module.default : ${name}_module.default.default;`;
      }
      return `const ${name} = ${name}_module${rest};`;
    },
  );
  return `${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}`;
}

/** Emits `ajv-standalone.js` and `validators.ts` (file name -> content). */
export function emitValidators(ir: IR, options: ValidatorsEmitOptions): Map<string, string> {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    discriminator: true,
    logger: false,
    code: { source: true, esm: true, lines: false, formats: _`require(${options.formatsImport}).formats` },
  });
  for (const [name, pattern] of Object.entries(REGEX_FORMATS)) ajv.addFormat(name, pattern);
  // Compiled as calls into the formats module; the function given here only tells Ajv it is code.
  for (const name of CODE_FORMATS) ajv.addFormat(name, () => true);
  ajv.addSchema({ $id: DOCUMENT_ID, ...ir.document });
  const names = ir.schemas.map((schema) => schema.name);
  const extra = operationSchemas(ir);
  const refs: Record<string, string> = {};
  names.forEach((name, index) => {
    refs[`s${index}`] = `${DOCUMENT_ID}#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  });
  [...extra.values()].forEach((pointer, index) => {
    refs[`o${index}`] = `${DOCUMENT_ID}${pointer}`;
  });
  let code: string;
  try {
    code = standaloneCode(ajv, refs);
  } catch (error) {
    throw new Error(`the validators cannot be compiled: ${(error as Error).message}`);
  }
  const standalone = `${options.header}// @ts-nocheck (Ajv's generated JavaScript; validators.ts types it)\n${toImports(code)}\n`;

  const union = names.map((name) => JSON.stringify(name)).join(" | ") || "never";
  const typed = (name: string) => `components["schemas"][${JSON.stringify(name)}]`;
  const api: string[] = [];
  names.forEach((name, index) => {
    const identifier = /^[A-Za-z_$][\w$]*$/.test(name) ? name : null;
    if (identifier === null) return;
    api.push(
      `/** Whether \`value\` is a valid \`${name}\` (a type guard). */`,
      `export function is${name}(value: unknown): value is ${typed(name)} {`,
      `  return compiled.s${index}(value);`,
      "}",
      "",
      `/** Validates \`value\` as a \`${name}\`: the typed value, or every problem with its JSON path. */`,
      `export function validate${name}(value: unknown): ValidationResult<${typed(name)}> {`,
      `  return resultOf(compiled.s${index}, value);`,
      "}",
      "",
    );
  });
  const validators = [
    options.header,
    'import type { components } from "./openapi.js";',
    'import * as standalone from "./ajv-standalone.js";',
    `import { type CompiledValidator, resultOf, type ValidationResult } from ${JSON.stringify(options.runtimeImport)};`,
    "",
    `export type { ValidationProblem, ValidationResult } from ${JSON.stringify(options.runtimeImport)};`,
    "",
    "const compiled = standalone as unknown as { readonly [key: string]: CompiledValidator } & {",
    ...Object.keys(refs).map((key) => `  readonly ${key}: CompiledValidator;`),
    "};",
    "",
    "/** The name of every schema in the document. */",
    `export type SchemaName = ${union};`,
    "",
    "/** The names of every schema in the document, in document order. */",
    `export const schemaNames: readonly SchemaName[] = [${names.map((name) => JSON.stringify(name)).join(", ")}];`,
    "",
    ...api,
    "/** Every validator, keyed by schema name. */",
    'export const schemaValidators: { readonly [N in SchemaName]: (value: unknown) => ValidationResult<components["schemas"][N]> } = {',
    ...names.map(
      (name, index) => `  ${JSON.stringify(name)}: (value) => resultOf(compiled.s${index}, value),`,
    ),
    "};",
    "",
    "/**",
    " * Validators of the operations' inline schemas, keyed `<operationId> request`, `<operationId> response",
    " * <status>` and `<operationId> parameter <name>` (every query and header parameter has one).",
    " */",
    "export const operationValidators: { readonly [key: string]: (value: unknown) => ValidationResult<unknown> } = {",
    ...[...extra.keys()].map(
      (key, index) => `  ${JSON.stringify(key)}: (value) => resultOf(compiled.o${index}, value),`,
    ),
    "};",
    "",
    "/**",
    " * Validates `value` against the schema called `name` (the same as `validate<Name>(value)`), or against an",
    " * operation's inline schema by its `operationValidators` key.",
    " */",
    'export function validateSchema<N extends SchemaName>(name: N, value: unknown): ValidationResult<components["schemas"][N]> {',
    "  const validate = schemaValidators[name] ?? operationValidators[name];",
    '  if (validate === undefined) throw new TypeError("validateSchema: no schema is called " + JSON.stringify(name));',
    '  return validate(value) as ValidationResult<components["schemas"][N]>;',
    "}",
    "",
  ].join("\n");
  return new Map([
    ["ajv-standalone.ts", standalone],
    ["validators.ts", validators],
  ]);
}
