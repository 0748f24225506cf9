// The same consumer with no SDK at all (plain fetch, hand-written types): the type-check floor.
interface Distribution {
  id: string;
  share: { link: string };
}

export async function main(): Promise<string[]> {
  const base = "http://localhost:1000";
  const created = (await (
    await fetch(`${base}/distributions/create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ github: { gist: { name: "debounce.ts", public: true } } }),
    })
  ).json()) as Distribution;
  const snapshot = (await (await fetch(`${base}/distributions`)).json()) as { iterable: Distribution[] };
  await fetch(`${base}/distributions/${encodeURIComponent(created.id)}/delete`, { method: "POST" });
  return snapshot.iterable.map((distribution) => `${distribution.id} ${distribution.share.link}`);
}
