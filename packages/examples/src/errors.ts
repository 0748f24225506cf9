/**
 * What each error of the client looks like, and how to handle it. Every failure is thrown as a subclass of
 * one base class, so `instanceof` tells the kinds apart; each keeps the underlying error as `cause`.
 * Run: PIECES_OS_URL=http://localhost:1000 pnpm --filter @pieces-distributions/examples exec tsx src/errors.ts
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  ApiAbortError,
  ApiConnectionError,
  ApiError,
  ApiResponseError,
  ApiTimeoutError,
  createDistributionsClient,
  PiecesDistributionsError,
  ResponseValidationError,
} from "@pieces-distributions/client";
import { validateResponses } from "@pieces-distributions/client/validate";

/** Calls `operation`, expecting it to fail, and prints what was thrown and how a program would handle it. */
async function show(title: string, operation: () => Promise<unknown>) {
  console.log(`\n${title}`);
  try {
    await operation();
    console.log("  (no error)");
  } catch (error) {
    if (error instanceof ApiError) {
      // Pieces OS answered with an error status; its plain-text body says why.
      console.log(`  ${error.name}: status ${error.status}, ${error.method} ${error.url}`);
      console.log(`  body: ${error.bodyText}`);
      console.log("  handle: show the body to the user; retrying will not help for a 500 about your input.");
    } else if (error instanceof ApiTimeoutError) {
      // A kind of ApiConnectionError, so it is tested first.
      console.log(`  ${error.name}: ${error.message}`);
      console.log("  handle: try again later, or raise timeoutMs for slow machines.");
    } else if (error instanceof ApiConnectionError) {
      console.log(`  ${error.name}: ${error.message}`);
      console.log("  handle: check that Pieces OS (or the mock server) is running at that address.");
    } else if (error instanceof ApiAbortError) {
      console.log(`  ${error.name}: ${error.message}`);
      console.log("  handle: usually nothing; your own code cancelled the request.");
    } else if (error instanceof ResponseValidationError) {
      // A kind of ApiResponseError, so it is tested first. `problems` lists each JSON path that is wrong.
      console.log(`  ${error.name}: ${error.message.replaceAll("\n", "\n  ")}`);
      console.log("  handle: the server is not speaking this API version; report it.");
    } else if (error instanceof ApiResponseError) {
      console.log(`  ${error.name}: ${error.message}`);
      console.log("  handle: something other than Pieces OS answered (a proxy?); check the base URL.");
    } else if (error instanceof PiecesDistributionsError) {
      // The base class: InvalidArgumentError (a bad option or parameter, nothing was sent) lands here.
      console.log(`  ${error.name}: ${error.message}`);
      console.log("  handle: fix the call; this is a bug in the calling code.");
    } else {
      throw error;
    }
  }
}

/** A deliberately broken server, to provoke the errors Pieces OS itself never causes. */
async function startBrokenServer() {
  const server = createServer((request, response) => {
    if (request.url?.startsWith("/silent/")) return; // never answers
    if (request.url?.startsWith("/html/")) {
      response.writeHead(200, { "content-type": "text/html" }).end("<html>Welcome to nginx!</html>");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end('{"iterable": [{"id": 42}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.closeAllConnections(); // the "silent" requests are still open
    server.close();
  };
  return { url, close };
}

/** The address of a port that was free a moment ago, so that nothing listens there. */
async function addressWithNothingListening() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function main() {
  const baseUrl = process.env.PIECES_OS_URL ?? "http://localhost:1000";
  const client = createDistributionsClient({ baseUrl });
  const broken = await startBrokenServer();
  try {
    await show("1. ApiError: deleting an id that does not exist", () =>
      client.distributionsDeleteSpecificDistribution({ distribution: "no-such-distribution" }),
    );

    const nobody = createDistributionsClient({ baseUrl: await addressWithNothingListening(), maxRetries: 0 });
    await show("2. ApiConnectionError: nothing listens at the base URL", () =>
      nobody.distributionsSnapshot(),
    );

    const silent = createDistributionsClient({
      baseUrl: `${broken.url}/silent`,
      timeoutMs: 200,
      maxRetries: 0,
    });
    await show("3. ApiTimeoutError: the server never answers (timeoutMs: 200)", () =>
      silent.distributionsSnapshot(),
    );

    await show("4. ApiAbortError: the caller cancels with an AbortSignal", () =>
      silent.distributionsSnapshot({ signal: AbortSignal.timeout(50) }),
    );

    const html = createDistributionsClient({ baseUrl: `${broken.url}/html`, maxRetries: 0 });
    await show("5. ApiResponseError: a 200 whose body is not the JSON the document promises", () =>
      html.distributionsSnapshot(),
    );

    const strict = createDistributionsClient({ baseUrl: broken.url, validateResponses, maxRetries: 0 });
    await show("6. ResponseValidationError: JSON of the wrong shape (with validateResponses)", () =>
      strict.distributionsSnapshot(),
    );

    await show(
      "7. InvalidArgumentError (a PiecesDistributionsError): an unusable option, nothing is sent",
      () => client.distributionsSnapshot({ timeoutMs: -1 }),
    );
  } finally {
    broken.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
