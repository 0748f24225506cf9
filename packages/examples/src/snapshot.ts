/**
 * Lists every distribution, oldest first, as a table (the seed's `distributions_snapshot`).
 * Run: PIECES_OS_URL=http://localhost:1000 pnpm --filter @pieces-distributions/examples exec tsx src/snapshot.ts
 */
import { createDistributionsClient } from "@pieces-distributions/client";

async function main() {
  const client = createDistributionsClient({ baseUrl: process.env.PIECES_OS_URL ?? "http://localhost:1000" });

  const { iterable } = await client.distributionsSnapshot();

  console.log(`${iterable.length} distribution${iterable.length === 1 ? "" : "s"}`);
  if (iterable.length === 0) return;
  console.table(
    iterable.map((distribution) => ({
      id: distribution.id,
      created: distribution.created.readable ?? distribution.created.value,
      "e-mails": distribution.mailgun?.recipients.iterable.length ?? 0,
      gist: distribution.github?.gist?.name ?? "",
      share: distribution.share.link,
    })),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
