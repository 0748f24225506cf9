/**
 * Creates one distribution: an e-mail to two people (the seed's `distributions_create_new_distribution`).
 * Run: PIECES_OS_URL=http://localhost:1000 pnpm --filter @pieces-distributions/examples exec tsx src/create-distribution.ts
 */
import { createDistributionsClient } from "@pieces-distributions/client";

async function main() {
  const client = createDistributionsClient({ baseUrl: process.env.PIECES_OS_URL ?? "http://localhost:1000" });

  const distribution = await client.distributionsCreateNewDistribution({
    seededDistribution: {
      mailgun: {
        recipients: {
          iterable: [{ email: "ada@example.com", name: "Ada Lovelace" }, { email: "grace@example.com" }],
        },
      },
    },
  });

  console.log(`Created distribution ${distribution.id}`);
  console.log(`  share link  ${distribution.share.link}`);
  console.log(`  created     ${distribution.created.readable ?? distribution.created.value}`);
  for (const person of distribution.mailgun?.recipients.iterable ?? []) {
    console.log(`  e-mail to   ${person.name === undefined ? "" : `${person.name} `}<${person.email}>`);
  }
  console.log("\nThe whole distribution, as Pieces OS answered it:");
  console.log(JSON.stringify(distribution, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
