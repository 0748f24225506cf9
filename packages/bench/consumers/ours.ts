// A small consumer of our client: what a user writes after installing it. Type-checked by the bench.
import { createDistributionsClient } from "@pieces-distributions/client";

const client = createDistributionsClient({ baseUrl: "http://localhost:1000" });

export async function main(): Promise<string[]> {
  const created = await client.distributionsCreateNewDistribution({
    seededDistribution: { github: { gist: { name: "debounce.ts", public: true } } },
  });
  const snapshot = await client.distributionsSnapshot();
  await client.distributionsDeleteSpecificDistribution({ distribution: created.id });
  return snapshot.iterable.map((distribution) => `${distribution.id} ${distribution.share.link}`);
}
