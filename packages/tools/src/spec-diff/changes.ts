/** How a change to the document affects users of the generated packages. */
export type ChangeClass = "breaking" | "additive" | "cosmetic";

/** One classified difference between the released document and the current one. */
export interface SpecChange {
  readonly class: ChangeClass;
  /** Where in the document, e.g. `POST /distributions/create` or `components.schemas.Distribution.deleted`. */
  readonly location: string;
  /** What changed, in a few words. */
  readonly message: string;
}

/** A semver bump, or none. */
export type Bump = "none" | "patch" | "minor" | "major";

const BUMP_ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

/** The bump a class of change calls for: breaking -> major, additive -> minor, cosmetic -> patch. */
export const BUMP_FOR: Readonly<Record<ChangeClass, Bump>> = {
  breaking: "major",
  additive: "minor",
  cosmetic: "patch",
};

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** Whether bump `a` is smaller than bump `b`. */
export function bumpIsLess(a: Bump, b: Bump): boolean {
  return BUMP_ORDER.indexOf(a) < BUMP_ORDER.indexOf(b);
}

/** The bump a list of changes calls for: that of its most severe change, or `none`. */
export function requiredBump(changes: readonly SpecChange[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, BUMP_FOR[change.class]), "none");
}

/** Collects changes while the comparison walks the documents. */
export class ChangeList {
  readonly #changes: SpecChange[] = [];

  /** Records one change. */
  add(changeClass: ChangeClass, location: string, message: string): void {
    this.#changes.push({ class: changeClass, location, message });
  }

  /** The changes, breaking first, then additive, then cosmetic, each group in document order. */
  sorted(): SpecChange[] {
    const order: readonly ChangeClass[] = ["breaking", "additive", "cosmetic"];
    return order.flatMap((changeClass) => this.#changes.filter((change) => change.class === changeClass));
  }
}
