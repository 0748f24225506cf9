/** The mock servers the runtimes call, each on its own loopback port (so each is an origin of its own). */
import {
  createMemoryStore,
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from "@pieces-distributions/mock-server";

/** A mock server whose store never answers a snapshot: a Pieces OS that accepted the request and hangs. */
export function startStalledMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const store = createMemoryStore();
  return startMockServer({ ...options, store: { ...store, list: () => new Promise(() => {}) } });
}

/** The URL of a mock server that was started and closed again: nothing listens there any more. */
export async function refusedUrl(): Promise<string> {
  const server = await startMockServer();
  await server.close();
  return server.url;
}
