// Type-checked by `pnpm release:dry` in the fresh consumer project, twice: as use-types.mts (resolving the
// packages' `import` types) and as use-types.cts (their `require` types), with the consumer's own strict
// tsconfig and no skipLibCheck, so the published declarations themselves must compile.
import { createDistributionsClient } from "@pieces-distributions/client";
import { type MockServer, startMockServer } from "@pieces-distributions/mock-server";
import type { Distribution, Distributions, SeededDistribution } from "@pieces-distributions/models";
import { validateDistribution } from "@pieces-distributions/models/validators";

const seed: SeededDistribution = { github: { gist: { name: "debounce.ts", public: true } } };

// @ts-expect-error a gist seed needs its file name
const nameless: SeededDistribution = { github: { gist: { public: true } } };

export async function roundTrip(): Promise<readonly string[]> {
  const server: MockServer = await startMockServer({ port: 0 });
  try {
    const client = createDistributionsClient({ baseUrl: server.url });
    const created: Distribution = await client.distributionsCreateNewDistribution({
      seededDistribution: seed,
    });
    const all: Distributions = await client.distributionsSnapshot();
    const checked = validateDistribution(created);
    const ids: string[] = all.iterable.map((distribution: Distribution) => distribution.id);
    await client.distributionsDeleteSpecificDistribution({ distribution: created.id });
    return checked.ok ? ids : [];
  } finally {
    await server.close();
  }
}

export { nameless };
