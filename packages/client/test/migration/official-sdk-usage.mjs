// Plain JavaScript written against the official SDK (@pieces.app/pieces-os-client 4.1.0): nothing checks
// the field names here but the SDK itself. migration.test.ts runs it as it is and with only the import
// changed to @pieces-distributions/client/compat; a gist seeded `_public: false` must stay private in both.
import { Configuration, DistributionsApi, ResponseError } from "@pieces.app/pieces-os-client";

const api = new DistributionsApi(new Configuration({ basePath: process.argv[2] }));
const created = await api.distributionsCreateNewDistribution({
  seededDistribution: { github: { gist: { name: "secret.ts", _public: false } } },
});
const raw = await api.distributionsCreateNewDistributionRaw({
  seededDistribution: { github: { gist: { name: "open.ts", description: "listed" } } },
});
const open = await raw.value();
const { iterable } = await api.distributionsSnapshot();
let status;
try {
  await api.distributionsDeleteSpecificDistribution({ distribution: "missing" });
} catch (error) {
  status = error instanceof ResponseError ? error.response.status : String(error);
}
await api.distributionsDeleteSpecificDistribution({ distribution: created.id });
await api.distributionsDeleteSpecificDistribution({ distribution: open.id });
console.log(
  JSON.stringify({
    secretIsPublic: created.github.gist._public,
    openIsPublic: open.github.gist._public,
    gistId: created.github.gist.githubId,
    createdAt: created.created.value.toISOString(),
    isDate: created.created.value instanceof Date,
    listed: iterable.map((distribution) => distribution.github?.gist?.name),
    status,
  }),
);
