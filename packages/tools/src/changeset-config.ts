import { readFileSync } from "node:fs";
import path from "node:path";

/** The fields of `.changeset/config.json` the release tooling reads. */
export interface ChangesetConfig {
  /** Groups of packages that always share one version. */
  readonly fixed: readonly (readonly string[])[];
  /** Packages changesets never versions. */
  readonly ignore: readonly string[];
}

/** Reads `root/.changeset/config.json` (absent fields as empty lists). */
export function readChangesetConfig(root: string): ChangesetConfig {
  const raw = JSON.parse(readFileSync(path.join(root, ".changeset/config.json"), "utf8")) as {
    fixed?: string[][];
    ignore?: string[];
  };
  return { fixed: raw.fixed ?? [], ignore: raw.ignore ?? [] };
}
