// Written against the official SDK (@pieces.app/pieces-os-client 4.1.0) as its README and docs use it.
// migration.test.ts runs this file as it is, and a copy with only the import changed to
// @pieces-distributions/client/compat, against the same mock server, and compares what each prints.
import {
  Configuration,
  type Distribution,
  DistributionsApi,
  ExternallySourcedEnum,
  FetchError,
  RequiredError,
  ResponseError,
  type SeededDistribution,
} from "@pieces.app/pieces-os-client";

async function main(basePath: string, deadBasePath: string): Promise<Record<string, unknown>> {
  const api = new DistributionsApi(new Configuration({ basePath }));
  const seed: SeededDistribution = {
    github: {
      gist: {
        name: "debounce.ts",
        description: "A typed debounce helper",
        _public: false,
        recipients: { iterable: [{ username: "octocat", sourced: ExternallySourcedEnum.GitHub }] },
      },
    },
  };
  const created: Distribution = await api.distributionsCreateNewDistribution({ seededDistribution: seed });
  const gist = created.github?.gist;
  const email = await api.distributionsCreateNewDistribution({
    seededDistribution: {
      mailgun: { recipients: { iterable: [{ email: "ada@example.com", name: "Ada" }] } },
    },
  });
  const bare = await api.distributionsCreateNewDistribution();

  const raw = await api.distributionsSnapshotRaw();
  const snapshot = await raw.value();

  let notFound: unknown;
  try {
    await api.distributionsDeleteSpecificDistribution({ distribution: "no-such-id" });
  } catch (error) {
    if (error instanceof ResponseError)
      notFound = { name: error.name, status: error.response.status, body: await error.response.text() };
  }
  let required: unknown;
  try {
    await api.distributionsDeleteSpecificDistribution({} as { distribution: string });
  } catch (error) {
    if (error instanceof RequiredError)
      required = { name: error.name, field: error.field, message: error.message };
  }
  let unreachable: unknown;
  try {
    await new DistributionsApi(new Configuration({ basePath: deadBasePath })).distributionsSnapshot();
  } catch (error) {
    if (error instanceof FetchError) unreachable = { name: error.name, message: error.message };
  }

  await api.distributionsDeleteSpecificDistributionRaw({ distribution: email.id });
  await api.distributionsDeleteSpecificDistribution({ distribution: bare.id });
  const after = await api.distributionsSnapshot();
  await api.distributionsDeleteSpecificDistribution({ distribution: created.id });

  return {
    created,
    createdKeys: Object.keys(created).sort(),
    gistKeys: Object.keys(gist ?? {}).sort(),
    isPrivate: gist?._public === false,
    githubId: gist?.githubId,
    short: created.share._short,
    year: created.created.value.getFullYear(),
    isDate: created.created.value instanceof Date && gist?.created.value instanceof Date,
    recipient: gist?.recipients.iterable[0]?.sourced,
    email,
    rawStatus: raw.raw.status,
    rawType: raw.raw.headers.get("content-type"),
    snapshotLength: snapshot.iterable.length,
    snapshotDates: snapshot.iterable.every((distribution) => distribution.updated.value instanceof Date),
    notFound,
    required,
    unreachable,
    afterIds: after.iterable.map((distribution) => distribution.id),
  };
}

const [basePath, deadBasePath] = process.argv.slice(2) as [string, string];
console.log(JSON.stringify(await main(basePath, deadBasePath)));
