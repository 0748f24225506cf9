import getChangesets from "@changesets/read";
import { type Bump, maxBump } from "./changes.js";

/** What the pending changesets ask for a group of packages. */
export interface PendingBump {
  /** The largest bump any pending changeset asks for any package of the group, or `none`. */
  readonly bump: Bump;
  /** The changeset files (ids) that ask for it, for the report. */
  readonly changesets: readonly string[];
}

/**
 * The bump the pending changesets under `root/.changeset` ask for the packages of a `fixed` group. In a
 * fixed group a bump of one member is a bump of all, so the largest over the members is what is released.
 */
export async function pendingBump(root: string, group: readonly string[]): Promise<PendingBump> {
  const members = new Set(group);
  let bump: Bump = "none";
  const changesets: string[] = [];
  for (const changeset of await getChangesets(root)) {
    const asked = changeset.releases
      .filter((release) => members.has(release.name))
      .reduce<Bump>((max, release) => maxBump(max, release.type), "none");
    if (asked === "none") continue;
    bump = maxBump(bump, asked);
    changesets.push(`${changeset.id} (${asked})`);
  }
  return { bump, changesets };
}
