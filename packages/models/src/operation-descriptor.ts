/**
 * The shape of one row of the generated operation table (`generated/operations.ts`): the wire facts of an
 * operation that code needing them at run time (the mock server) reads. Hand-written runtime type; the
 * generated table is checked against it with `satisfies`.
 */

/** A JSON Schema as the document writes it (2020-12 vocabulary). */
export type DescriptorSchema = { readonly [keyword: string]: unknown };

/** One query or header parameter of an operation. */
export interface ParameterDescriptor {
  /** The wire name, such as `limit` or `X-Request-Tag`. */
  readonly name: string;
  /** Where it is sent. */
  readonly in: "query" | "header";
  /** Whether a request must carry it. */
  readonly required: boolean;
  /** How it is serialised (OpenAPI's `style`): `form`, `spaceDelimited`, `pipeDelimited` or `deepObject` in the query, `simple` in a header. */
  readonly style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple";
  /** Whether an array's items (an object's keys) are sent as parameters of their own (`true`) or joined in one value. */
  readonly explode: boolean;
  /**
   * The JSON type each piece of wire text is read as, its schema's `$ref`s followed: under `""` that of a
   * scalar value or of each item of an array; for an object, one entry per property.
   */
  readonly textTypes: { readonly [key: string]: string };
  /** What the value is: an array, an object, or anything else. */
  readonly kind: "array" | "object" | "scalar";
  /** Its schema, as written in the document (`$ref`s to component schemas kept). */
  readonly schema: DescriptorSchema;
}

/** The wire facts of one operation of the document. */
export interface OperationDescriptor {
  /** The document's operationId, such as `distributions_snapshot`. */
  readonly operationId: string;
  /** The HTTP method, lower case. */
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  /** The path template, such as `/distributions/{distribution}/delete`. */
  readonly path: string;
  /** The operation's one-line summary. */
  readonly summary: string;
  /** The names of the path parameters, in template order. */
  readonly pathParameters: readonly string[];
  /** The query and header parameters, in document order. */
  readonly parameters: readonly ParameterDescriptor[];
  /** The request body: whether it is required, its content type and the component schema it references (`null` for inline). */
  readonly requestBody: {
    readonly required: boolean;
    readonly contentType: string | null;
    readonly schema: string | null;
  } | null;
  /** The status of a successful answer (the first 2xx the document lists). */
  readonly successStatus: number;
  /** Every documented answer by status: its content type and component schema (`null` for none, inline or plain text). */
  readonly responses: {
    readonly [status: string]: { readonly contentType: string | null; readonly schema: string | null };
  };
  /** The operation's vendor extensions (`x-*` keys), such as `x-mock-collection`. */
  readonly extensions: { readonly [key: string]: unknown };
  /**
   * What a stand-in answers by default: the first 2xx status with its documented example, or a value built
   * from its schema (`json` or `text`); neither for an answer without a body.
   */
  readonly mockAnswer: {
    readonly status: number;
    readonly contentType?: string;
    readonly json?: unknown;
    readonly text?: string;
  };
}
