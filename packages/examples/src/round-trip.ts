/**
 * The whole life of two distributions: create an e-mail one and a gist one, list, delete one, list again,
 * then delete the other so the round trip leaves nothing behind. `pnpm start` runs this one.
 * Run: PIECES_OS_URL=http://localhost:1000 pnpm --filter @pieces-distributions/examples exec tsx src/round-trip.ts
 */
import { createDistributionsClient, type Distribution } from "@pieces-distributions/client";

/** One table row per distribution. */
const rows = (distributions: readonly Distribution[]) =>
  distributions.map((distribution) => ({
    id: distribution.id,
    created: distribution.created.readable ?? distribution.created.value,
    "e-mails": distribution.mailgun?.recipients.iterable.length ?? 0,
    gist: distribution.github?.gist?.name ?? "",
  }));

async function main() {
  const client = createDistributionsClient({ baseUrl: process.env.PIECES_OS_URL ?? "http://localhost:1000" });

  const email = await client.distributionsCreateNewDistribution({
    seededDistribution: {
      mailgun: { recipients: { iterable: [{ email: "ada@example.com", name: "Ada Lovelace" }] } },
    },
  });
  console.log(`1. Created an e-mail distribution ${email.id}\n   share ${email.share.link}`);

  const gist = await client.distributionsCreateNewDistribution({
    seededDistribution: { github: { gist: { name: "debounce.ts", description: "A typed debounce helper" } } },
  });
  console.log(`2. Created a gist distribution ${gist.id}\n   gist ${gist.github?.gist?.url}`);

  const before = await client.distributionsSnapshot();
  console.log(`3. Listed ${before.iterable.length} distribution(s):`);
  console.table(rows(before.iterable));

  await client.distributionsDeleteSpecificDistribution({ distribution: email.id });
  console.log(`4. Deleted the e-mail distribution ${email.id}`);

  const after = await client.distributionsSnapshot();
  console.log(`5. Listed ${after.iterable.length} distribution(s):`);
  console.table(rows(after.iterable));

  await client.distributionsDeleteSpecificDistribution({ distribution: gist.id });
  console.log(`6. Cleaned up: deleted the gist distribution ${gist.id}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
