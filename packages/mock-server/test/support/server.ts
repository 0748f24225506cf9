import { onTestFinished } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../../src/index.js";

/** Starts a mock server on a free loopback port for this test, and closes it when the test ends. */
export async function serverForTest(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer({ port: 0, ...options });
  onTestFinished(() => server.close());
  return server;
}
