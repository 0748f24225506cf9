/**
 * Changelog entries for the changes to the OpenAPI document, written from the spec gate's classification:
 * `pnpm version-packages` adds them as changesets, so each package's CHANGELOG.md lists the API changes
 * that touch its public surface under the heading of their bump.
 */
import { BUMP_FOR, type Bump, type ChangeClass, type SpecChange } from "./spec-diff/changes.js";
import type { SpecDiffResult } from "./spec-diff.js";

/** A changeset to write: the packages it releases with their bump, and its changelog text. */
export interface ChangesetDraft {
  /** File name under `.changeset/`, without `.md`. */
  readonly id: string;
  readonly releases: ReadonlyMap<string, Exclude<Bump, "none">>;
  readonly summary: string;
}

const SCHEMA_PREFIX = "components.schemas.";

/** One change in a changelog's words, e.g. `` `Distribution.note` added (minor) ``. */
export function describeChange(change: SpecChange): string {
  const bump = ` (${BUMP_FOR[change.class]})`;
  const renamed = /^operationId changed from "([^"]+)" to "([^"]+)"$/.exec(change.message);
  if (renamed) return `\`${renamed[1]}\` renamed to \`${renamed[2]}\` (\`${change.location}\`)${bump}`;
  const operation = /^operation "([^"]+)" (added|removed)$/.exec(change.message);
  if (operation) return `operation \`${operation[1]}\` ${operation[2]} (\`${change.location}\`)${bump}`;
  if (!change.location.startsWith(SCHEMA_PREFIX)) return `\`${change.location}\`: ${change.message}${bump}`;

  const subject = change.location.slice(SCHEMA_PREFIX.length);
  const property = /^(.*?)property "([^"]+)" (.*)$/.exec(change.message);
  if (property) {
    const [, qualifier = "", name, rest] = property;
    // An added property is optional unless it says otherwise, so "optional" goes without saying.
    const kind = qualifier.trim();
    const note = kind === "" || kind === "optional" ? "" : ` (${kind})`;
    return `\`${subject}.${name}\` ${rest}${note}${bump}`;
  }
  if (/^schema (added|removed)/.test(change.message)) return `\`${subject}\` ${change.message}${bump}`;
  return `\`${subject}\`: ${change.message}${bump}`;
}

/** The changelog text of a list of changes: one line, or a heading line and one bullet per change. */
function summaryOf(changes: readonly SpecChange[]): string {
  const [only] = changes;
  if (changes.length === 1 && only !== undefined) return `API: ${describeChange(only)}`;
  return [
    "API changes in the OpenAPI document:",
    ...changes.map((change) => `- ${describeChange(change)}`),
  ].join("\n");
}

const CLASSES: readonly ChangeClass[] = ["breaking", "additive", "cosmetic"];

/**
 * The changesets that put the gate's changes into the changelogs: per class of change, one changeset per
 * distinct list of changes, releasing every package that list touches with that class's bump (packages
 * with the same list, such as the fixed group, share one).
 */
export function apiChangesets(result: SpecDiffResult, idPrefix = "api-changes"): ChangesetDraft[] {
  const drafts: ChangesetDraft[] = [];
  for (const changeClass of CLASSES) {
    const bump = BUMP_FOR[changeClass] as Exclude<Bump, "none">;
    const byList = new Map<string, { changes: SpecChange[]; packages: string[] }>();
    for (const pkg of result.packages) {
      const changes = pkg.changes.filter((change) => change.class === changeClass);
      if (changes.length === 0) continue;
      const key = changes.map((change) => result.changes.indexOf(change)).join(",");
      const entry = byList.get(key) ?? { changes, packages: [] };
      entry.packages.push(pkg.name);
      byList.set(key, entry);
    }
    let index = 0;
    for (const { changes, packages } of byList.values()) {
      index += 1;
      drafts.push({
        id: `${idPrefix}-${changeClass}${byList.size > 1 ? `-${index}` : ""}`,
        releases: new Map(packages.map((name) => [name, bump])),
        summary: summaryOf(changes),
      });
    }
  }
  return drafts;
}

/** A changeset file's text, as `pnpm changeset` writes it. */
export function formatChangeset(releases: ReadonlyMap<string, string>, summary: string): string {
  const frontMatter = [...releases].map(([name, bump]) => `"${name}": ${bump}`);
  return `---\n${frontMatter.join("\n")}\n---\n\n${summary}\n`;
}
