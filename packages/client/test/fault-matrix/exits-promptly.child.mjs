// Run by exits-promptly.test.ts in a process of its own: calls the three operations of the built client
// (imported by package name, as users do) against a faulty server, prints how each one settled as JSON,
// and then simply ends. It never calls process.exit: if the client left a timer, a socket or a pending
// promise behind, this process would stay alive, and the test notices.
import { createDistributionsClient } from "@pieces-distributions/client";

const [baseUrl = "", timeout = "300"] = process.argv.slice(2);
const unhandled = [];
process.on("unhandledRejection", (reason) => unhandled.push(String(reason)));

const client = createDistributionsClient({ baseUrl, timeoutMs: Number(timeout), maxRetries: 1 });
const calls = {
  distributionsSnapshot: () => client.distributionsSnapshot(),
  distributionsCreateNewDistribution: () =>
    client.distributionsCreateNewDistribution({ seededDistribution: {} }, { maxRetries: 1 }),
  distributionsDeleteSpecificDistribution: () =>
    client.distributionsDeleteSpecificDistribution({ distribution: "x" }),
};
const outcomes = {};
for (const [operation, call] of Object.entries(calls)) {
  try {
    await call();
    outcomes[operation] = "resolves";
  } catch (error) {
    outcomes[operation] = error instanceof Error ? error.name : typeof error;
  }
}
// Give any stray rejection a turn to surface before reporting.
await new Promise((resolve) => setImmediate(resolve));
process.stdout.write(`${JSON.stringify({ outcomes, unhandled })}\n`);
