import type { OperationDescriptor, OperationId, SeededDistribution } from "@pieces-distributions/models";
import { formatProblems, validateSeededDistribution } from "@pieces-distributions/models/validators";
import { buildDistribution, type DistributionSources } from "./build-distribution.js";
import { RequestProblem } from "./request-problem.js";
import type { DistributionStore } from "./store.js";

/** What an operation answers: JSON or text with the success status, or an empty success. */
export type Reply =
  | { readonly status: number; readonly json: unknown }
  | { readonly status: number; readonly text: string; readonly contentType: string }
  | { readonly status: number };

/** Everything an operation handler gets: the decoded path parameters, the raw body and its content type. */
export interface OperationRequest {
  readonly parameters: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly contentType: string | undefined;
  readonly store: DistributionStore;
  readonly sources: DistributionSources;
}

/** What answers one operation. */
export type Handler = (request: OperationRequest) => Promise<Reply>;

/** The stateful handlers of the distribution operations; every other operation gets `documentedHandler`. */
export const handlers: { readonly [Id in OperationId]?: Handler } = {
  async distributions_create_new_distribution({ body, contentType, store, sources }) {
    const distribution = buildDistribution(parseSeed(body, contentType), sources);
    await saving(store.add(distribution));
    return { status: 200, json: distribution };
  },
  async distributions_delete_specific_distribution({ parameters, store }) {
    const id = parameters.distribution ?? "";
    if (!(await saving(store.remove(id)))) throw new RequestProblem(500, `distribution not found: ${id}`);
    return { status: 204 };
  },
  async distributions_snapshot({ store }) {
    return { status: 200, json: { iterable: await store.list() } };
  },
};

/**
 * Reads a create request's body: absent (no bytes, or only JSON whitespace) is an empty seed, as the document makes the body optional;
 * otherwise it must be JSON, sent as such, and match `SeededDistribution`.
 */
function parseSeed(body: Buffer, contentType: string | undefined): SeededDistribution {
  let text: string;
  try {
    // Strict: JSON between systems must be UTF-8 (RFC 8259), and a lossy decode would store U+FFFD.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new RequestProblem(500, "request body is not valid UTF-8 (JSON must be sent as UTF-8)");
  }
  // Only JSON's own whitespace counts as no body; other spaces (U+00A0, a BOM ...) are not JSON.
  if (/^[ \t\r\n]*$/.test(text)) return {};
  const mediaType = contentType?.split(";", 1)[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new RequestProblem(
      500,
      `request body must be sent as application/json, but its Content-Type is ${contentType === undefined ? "missing" : JSON.stringify(contentType)}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RequestProblem(500, `request body is not valid JSON: ${(error as Error).message}`);
  }
  const result = validateSeededDistribution(value);
  if (!result.ok) {
    throw new RequestProblem(
      500,
      `request body is not a SeededDistribution:\n${formatProblems(result.problems)}`,
    );
  }
  return result.value;
}

/** Waits for a store change; a failure to save becomes a 500 that says so (the store changed nothing). */
async function saving<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    throw new RequestProblem(
      500,
      `could not save the change, nothing was changed: ${(error as Error).message}`,
    );
  }
}

/** The collections an operation can read one item of by id, with `x-mock-collection` (see the README). */
const COLLECTIONS = ["distributions"] as const;

/**
 * The handler of an operation without stateful code: with `x-mock-collection: distributions`, the stored
 * distribution whose id is the operation's (only) path parameter, or a 500 naming the id; otherwise the
 * operation's documented success, with its example or a value built from its schema (`mockAnswer`).
 */
export function documentedHandler(operation: OperationDescriptor): Handler {
  const collection = operation.extensions["x-mock-collection"];
  if (collection !== undefined) {
    if (!COLLECTIONS.includes(collection as never) || operation.pathParameters.length !== 1)
      throw new TypeError(
        `${operation.operationId}: x-mock-collection must be one of ${COLLECTIONS.join(", ")} on an operation with one path parameter, got ${JSON.stringify(collection)}`,
      );
    const parameter = operation.pathParameters[0] as string;
    return async ({ parameters, store }) => {
      const id = parameters[parameter] ?? "";
      const found = (await store.list()).find((distribution) => distribution.id === id);
      if (found === undefined) throw new RequestProblem(500, `distribution not found: ${id}`);
      return { status: operation.successStatus, json: found };
    };
  }
  const answer = operation.mockAnswer;
  return async () =>
    answer.json !== undefined
      ? { status: answer.status, json: answer.json }
      : answer.text !== undefined
        ? { status: answer.status, text: answer.text, contentType: answer.contentType ?? "text/plain" }
        : { status: answer.status };
}
