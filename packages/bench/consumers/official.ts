// The same consumer written against the official Pieces SDK 4.1.0. Type-checked by the bench.
import { Configuration, DistributionsApi } from "@pieces.app/pieces-os-client";

const client = new DistributionsApi(new Configuration({ basePath: "http://localhost:1000" }));

export async function main(): Promise<string[]> {
  const created = await client.distributionsCreateNewDistribution({
    seededDistribution: { github: { gist: { name: "debounce.ts", _public: true } } },
  });
  const snapshot = await client.distributionsSnapshot();
  await client.distributionsDeleteSpecificDistribution({ distribution: created.id });
  return snapshot.iterable.map((distribution) => `${distribution.id} ${distribution.share.link}`);
}
