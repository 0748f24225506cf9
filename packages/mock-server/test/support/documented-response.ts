import { type OperationId, operationTable } from "@pieces-distributions/models";
import { formatProblems, type SchemaName, validateSchema } from "@pieces-distributions/models/validators";
import { expect } from "vitest";

/** A response read to the end: its status, media type (without parameters) and body text. */
export interface ReadResponse {
  readonly status: number;
  readonly mediaType: string | null;
  readonly text: string;
}

/**
 * Reads a response and checks it against what the document declares for the operation: a documented status,
 * that status's content type, and, for JSON, a body that validates against the declared schema (with the
 * models' validators). Returns the parsed JSON body (or the text for text/plain, `null` for none).
 */
export async function expectDocumented(operationId: OperationId, response: Response): Promise<unknown> {
  const read = await readResponse(response);
  const declared = (
    operationTable[operationId].responses as Record<
      string,
      { contentType: string | null; schema: string | null }
    >
  )[String(read.status)];
  expect(
    declared,
    `${operationId} does not declare status ${read.status} (body: ${read.text})`,
  ).toBeDefined();
  if (declared === undefined) return undefined;
  expect(read.mediaType).toBe(declared.contentType);
  if (declared.contentType === null) {
    expect(read.text).toBe("");
    return null;
  }
  if (declared.contentType === "text/plain") return read.text;
  const body: unknown = JSON.parse(read.text);
  if (declared.schema !== null) {
    const result = validateSchema(declared.schema as SchemaName, body);
    expect(result.ok, result.ok ? "" : formatProblems(result.problems)).toBe(true);
  }
  return body;
}

/** Reads a response's status, media type and body. */
export async function readResponse(response: Response): Promise<ReadResponse> {
  const contentType = response.headers.get("content-type");
  return {
    status: response.status,
    mediaType: contentType === null ? null : (contentType.split(";", 1)[0]?.trim() ?? null),
    text: await response.text(),
  };
}
