import getChangesets from "@changesets/read";
import { type Bump, maxBump } from "./changes.js";

/** What the pending changesets ask for one package. */
export interface PendingBump {
  /** The largest bump any pending changeset asks for the package (or a member of its fixed group), or `none`. */
  readonly bump: Bump;
  /** The changeset files (ids) that ask for it, with their bump, for the report. */
  readonly changesets: readonly string[];
}

/**
 * The bump the pending changesets under `root/.changeset` ask for each of `packages`. In a `fixed` group
 * a bump of one member is a bump of all, so a member counts every changeset that names any member; a
 * changeset for any other package counts for nobody else.
 */
export async function pendingBumps(
  root: string,
  packages: readonly string[],
  fixedGroups: readonly (readonly string[])[],
): Promise<Map<string, PendingBump>> {
  const changesets = await getChangesets(root);
  const result = new Map<string, PendingBump>();
  for (const name of packages) {
    const members = new Set(fixedGroups.find((group) => group.includes(name)) ?? [name]);
    let bump: Bump = "none";
    const ids: string[] = [];
    for (const changeset of changesets) {
      const asked = changeset.releases
        .filter((release) => members.has(release.name))
        .reduce<Bump>((max, release) => maxBump(max, release.type), "none");
      if (asked === "none") continue;
      bump = maxBump(bump, asked);
      ids.push(`${changeset.id} (${asked})`);
    }
    result.set(name, { bump, changesets: ids });
  }
  return result;
}
