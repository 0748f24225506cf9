/**
 * The intermediate description of an OpenAPI 3.1 document: what every emitter reads instead of the YAML.
 * Built once by `readDocument` (`read.ts`); every `$ref` to a parameter, request body or response is already
 * followed, and every schema keeps the `$ref`s it was written with (emitters decide how to name them).
 */

/** A parsed JSON value that is an object (a schema, an operation, the document itself). */
export type JsonObject = { readonly [key: string]: unknown };

/** A JSON Schema as written in the document (2020-12 vocabulary; `x-*` keys are annotations). */
export type JsonSchema = JsonObject;

/** The HTTP methods an OpenAPI path item can hold operations under, in the document's order of reading. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One HTTP method, lower case, as a key of a path item. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Where a local reference to a component schema starts. */
export const SCHEMA_REF_PREFIX = "#/components/schemas/";

/** How a media type's body is read and written. */
export type MediaKind = "json" | "text" | "binary";

/** One content type of a request body or an answer. */
export interface IRMedia {
  /** The content type as the document writes it, such as `application/json`. */
  readonly contentType: string;
  /** `json` for `application/json` and `+json` types, `text` for `text/*`, `binary` otherwise. */
  readonly kind: MediaKind;
  /** The schema of the body (absent when the document gives none). */
  readonly schema: JsonSchema | undefined;
  /** The component schema the body references directly (`$ref`), or `null` for an inline schema or none. */
  readonly schemaName: string | null;
  /** JSON Pointer of the schema in the document, for messages and inline-schema naming. */
  readonly pointer: string;
  /** The media type's `example`, else the value of its first `examples` entry (`undefined` when none). */
  readonly example: unknown;
}

/** Where a parameter is sent. Cookie parameters are refused by the reader. */
export type ParameterLocation = "path" | "query" | "header";

/** One parameter of an operation (path-item parameters merged in, the operation's own winning). */
/** The serialisation styles the client and the mock server implement (OpenAPI 3.1, section 4.8.12.4). */
export const PARAMETER_STYLES = {
  path: ["simple"],
  header: ["simple"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
} as const;

/** One serialisation style. */
export type ParameterStyle = (typeof PARAMETER_STYLES)[keyof typeof PARAMETER_STYLES][number];

export interface IRParameter {
  /** The wire name, such as `limit` or `X-Request-Tag`. */
  readonly name: string;
  readonly in: ParameterLocation;
  /** Path parameters are always required. */
  readonly required: boolean;
  /** The one-line description (empty when none). */
  readonly description: string;
  /** The parameter's schema (`{}` when the document gives none). */
  readonly schema: JsonSchema;
  /**
   * The serialisation style: `simple` for path and header; `form` (the default), `spaceDelimited`,
   * `pipeDelimited` (arrays) or `deepObject` (objects) for query.
   */
  readonly style: ParameterStyle;
  /** Whether arrays and objects are exploded (`form` and `deepObject` default to `true`, the others to `false`). */
  readonly explode: boolean;
  /** What the schema's value is, through `$ref`s: an array, an object, or anything else (`scalar`). */
  readonly kind: "array" | "object" | "scalar";
  readonly deprecated: boolean;
  /** JSON Pointer of the parameter's schema in the document. */
  readonly pointer: string;
  /** The parameter's `example`, else the value of its first `examples` entry (`undefined` when none). */
  readonly example: unknown;
}

/** The request body of an operation. */
export interface IRRequestBody {
  readonly required: boolean;
  readonly description: string;
  /** Every content type, in document order (at least one). */
  readonly contents: readonly IRMedia[];
}

/** One documented answer of an operation. */
export interface IRResponse {
  /** The status key as written: `200`, `204`, `4XX`, `default`. */
  readonly status: string;
  readonly description: string;
  /** Every content type, in document order (empty for an answer without a body). */
  readonly contents: readonly IRMedia[];
}

/** One operation of the document. */
export interface IROperation {
  /** The operationId, such as `distributions_snapshot`; it names the generated method. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, such as `/distributions/{distribution}/delete`. */
  readonly path: string;
  /** One line (whitespace collapsed); empty when none. */
  readonly summary: string;
  /** One line (whitespace collapsed); empty when none. */
  readonly description: string;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  /** Path-item and operation parameters, in document order (path item first). */
  readonly parameters: readonly IRParameter[];
  readonly requestBody: IRRequestBody | null;
  /** Every documented answer, in document order. */
  readonly responses: readonly IRResponse[];
  /** The 2xx answers, in document order (at least one). */
  readonly successes: readonly IRResponse[];
  /** The operation's `x-*` keys (vendor extensions), such as `x-mock-collection`. */
  readonly extensions: JsonObject;
  /** `GET /path`, for messages. */
  readonly where: string;
}

/** One place where a component schema is used directly by an operation. */
export interface IRSchemaUse {
  readonly operationId: string;
  /** `request` (a body), `response` (an answer, with its status) or `parameter` (with its name). */
  readonly as: "request" | "response" | "parameter";
  /** The status for a response, the parameter name for a parameter, the content type for a body. */
  readonly detail: string;
}

/** One component schema of the document. */
export interface IRSchema {
  /** The component name, such as `Distribution`. */
  readonly name: string;
  readonly schema: JsonSchema;
  /** The component schemas this one references (directly or through nested schemas). */
  readonly references: readonly string[];
  /** Operations that use this schema directly. */
  readonly usedBy: readonly IRSchemaUse[];
  /** Operations that use this schema directly or through other schemas (request and/or response side). */
  readonly reachableFrom: { readonly request: boolean; readonly response: boolean };
}

/** The whole intermediate description. */
export interface IR {
  /** The document as parsed (for emitters that hand it to a library, such as openapi-typescript). */
  readonly document: JsonObject;
  /** The document's path relative to the repository root, for generated-file headers. */
  readonly source: string;
  readonly title: string;
  readonly version: string;
  /** Every component schema, in document order. */
  readonly schemas: readonly IRSchema[];
  /** Every operation, in document order (paths, then methods in `HTTP_METHODS` order). */
  readonly operations: readonly IROperation[];
}
