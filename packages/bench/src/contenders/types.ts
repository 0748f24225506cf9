/** What every contender implements: the same three calls against one base URL. */

/** The three calls every contender makes, each resolving with the decoded result. */
export interface ContenderCalls {
  /** `GET /distributions`: the decoded snapshot. */
  snapshot(): Promise<unknown>;
  /** `POST /distributions/create` with the same seeded distribution: the created distribution. */
  create(): Promise<unknown>;
  /** `POST /distributions/{id}/delete`: resolves once the 204 has arrived. */
  delete(): Promise<unknown>;
}

/** Options a contender is built with. */
export interface ContenderOptions {
  /** Base URL, including the `/nN` prefix that picks the snapshot size. */
  readonly baseUrl: string;
  /** A `fetch` to use instead of the global one. */
  readonly fetch?: typeof fetch;
}

/** One way of calling the API. */
export interface Contender {
  /** Stable key used in tables and tests. */
  readonly key: ContenderKey;
  /** Name shown in RESULTS.md. */
  readonly label: string;
  /** Builds the calls against one base URL. */
  make(options: ContenderOptions): ContenderCalls;
}

/** The contenders, in the order tables list them. */
export type ContenderKey = "raw" | "rawTimeout" | "ours" | "oursNoTimeout" | "openapiFetch" | "official";
