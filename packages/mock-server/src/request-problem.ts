/**
 * A request the mock server refuses, with the plain-text message it answers. `500` is the only error status
 * the document declares; `404` is kept for requests that address no operation of the document at all.
 */
export class RequestProblem extends Error {
  /** The status to answer with. */
  readonly status: 404 | 500;

  constructor(status: 404 | 500, message: string) {
    super(message);
    this.name = "RequestProblem";
    this.status = status;
  }
}
