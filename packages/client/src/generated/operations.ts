// Generated from openapi/pieces-os-distributions.yaml by packages/client/scripts/generate.ts; do not edit.
// Edit the document, then run `pnpm generate` from the repository root.
import type { Distribution, Distributions, SeededDistribution, operations } from "@pieces-distributions/models";
import type { OperationSpec } from "../internal/operation-spec.js";
import type { RequestOptions } from "../options.js";
import type { RawResponse } from "../request.js";

/**
 * Every operation of the document, in document order, by the name of its method: the operationId in
 * camelCase, as the official Pieces SDK names it. Each comment gives the operationId and success status.
 */
export const operationSpecs: { readonly [methodName: string]: OperationSpec } = {
  /** `distributions_create_new_distribution`: Create a distribution; answers 200 on success. */
  distributionsCreateNewDistribution: {
    method: "POST",
    path: "/distributions/create",
    args: true,
    body: "seededDistribution",
    returns: "Distribution",
  },
  /** `distributions_delete_specific_distribution`: Delete a distribution; answers 204 on success. */
  distributionsDeleteSpecificDistribution: {
    method: "POST",
    path: "/distributions/{distribution}/delete",
    args: true,
  },
  /** `distributions_snapshot`: List every distribution; answers 200 on success. */
  distributionsSnapshot: {
    method: "GET",
    path: "/distributions",
    returns: "Distributions",
    retry: true,
  },
};

/** The first argument of `distributionsCreateNewDistribution`, named as in the official Pieces SDK. */
export interface DistributionsCreateNewDistributionRequest {
  /** What to distribute and to whom. An absent body asks Pieces OS for a bare distribution. */
  seededDistribution?: SeededDistribution;
}

/** The first argument of `distributionsDeleteSpecificDistribution`, named as in the official Pieces SDK. */
export interface DistributionsDeleteSpecificDistributionRequest {
  /** The id (a uuid) of the distribution to delete. */
  distribution: operations["distributions_delete_specific_distribution"]["parameters"]["path"]["distribution"];
}

/** The client's methods: one per operation of the document, each with a `...Raw` twin. */
export interface OperationMethods {
  /**
   * Create a distribution.
   *
   * Publishes a new distribution from a seed: e-mail recipients (`mailgun`), a GitHub gist (`github.gist`), or both. Pieces OS answers with the complete distribution it created, including its share.
   *
   * `POST /distributions/create` (`distributions_create_new_distribution`); resolves with the `Distribution` Pieces OS answers (200).
   * Not retried unless this call sets `maxRetries`: repeating it could change data twice.
   */
  distributionsCreateNewDistribution(request?: DistributionsCreateNewDistributionRequest, options?: RequestOptions): Promise<Distribution>;
  /** `distributionsCreateNewDistribution`, resolving with the parsed body and the `Response` it came from. */
  distributionsCreateNewDistributionRaw(request?: DistributionsCreateNewDistributionRequest, options?: RequestOptions): Promise<RawResponse<Distribution>>;
  /**
   * Delete a distribution.
   *
   * Removes one distribution, named by its id. Pieces OS answers with an empty body.
   *
   * `POST /distributions/{distribution}/delete` (`distributions_delete_specific_distribution`); resolves with nothing once Pieces OS answers 204.
   * Not retried unless this call sets `maxRetries`: repeating it could change data twice.
   */
  distributionsDeleteSpecificDistribution(request: DistributionsDeleteSpecificDistributionRequest, options?: RequestOptions): Promise<void>;
  /** `distributionsDeleteSpecificDistribution`, resolving with the parsed body and the `Response` it came from. */
  distributionsDeleteSpecificDistributionRaw(request: DistributionsDeleteSpecificDistributionRequest, options?: RequestOptions): Promise<RawResponse<void>>;
  /**
   * List every distribution.
   *
   * Returns a snapshot of all the distributions Pieces OS holds, in the order they were created.
   *
   * `GET /distributions` (`distributions_snapshot`); resolves with the `Distributions` Pieces OS answers (200).
   * Retried by default on connection errors, timeouts, 408, 429 and 5xx answers.
   */
  distributionsSnapshot(options?: RequestOptions): Promise<Distributions>;
  /** `distributionsSnapshot`, resolving with the parsed body and the `Response` it came from. */
  distributionsSnapshotRaw(options?: RequestOptions): Promise<RawResponse<Distributions>>;
}

/**
 * For each method, the parsed JSON body of the non-2xx answers its operation documents (`never` when it
 * documents none with a JSON schema): what `ApiErrorOf<"method">` types `body` as.
 */
export interface OperationErrorBodies {
  distributionsCreateNewDistribution: never;
  distributionsDeleteSpecificDistribution: never;
  distributionsSnapshot: never;
}
