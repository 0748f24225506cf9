/**
 * Deletes one distribution by id (the seed's `distributions_delete_specific_distribution`). Pass the id as the
 * first argument; without one, the script creates a distribution to delete.
 * Run: PIECES_OS_URL=http://localhost:1000 pnpm --filter @pieces-distributions/examples exec tsx src/delete-distribution.ts [id]
 */
import { createDistributionsClient } from "@pieces-distributions/client";

async function main() {
  const client = createDistributionsClient({ baseUrl: process.env.PIECES_OS_URL ?? "http://localhost:1000" });

  let id = process.argv[2];
  if (id === undefined) {
    id = (await client.distributionsCreateNewDistribution({ seededDistribution: {} })).id;
    console.log(`No id given: created distribution ${id} to delete.`);
  }

  await client.distributionsDeleteSpecificDistribution({ distribution: id });
  console.log(`Deleted distribution ${id}`);

  const { iterable } = await client.distributionsSnapshot();
  const stillThere = iterable.some((distribution) => distribution.id === id);
  const left = `${iterable.length} distribution${iterable.length === 1 ? "" : "s"} left`;
  console.log(`  still listed: ${stillThere ? "yes" : "no"} (${left})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
