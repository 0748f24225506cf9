import type { IR } from "@pieces-distributions/codegen/light";
import { type Bump, requiredBump, type SpecChange } from "./changes.js";
import type { CarriedNames } from "./package-surface.js";

/** The package the generated types live in; other packages reach the document through it. */
export const MODELS_PACKAGE = "@pieces-distributions/models";

/**
 * Exports of the models package that describe the whole document (every path, operation and schema), so
 * any change to the document touches a package whose public surface carries one of them.
 */
export const WHOLE_DOCUMENT_EXPORTS: ReadonlySet<string> = new Set([
  "*",
  "paths",
  "operations",
  "components",
  "$defs",
  "webhooks",
  "operationTable",
  "OperationId",
]);

/** How one package's public surface follows the document. */
export type PackageSurface =
  /** Generated from the whole document (models, and the client through the fixed group). */
  | { readonly kind: "document" }
  /** Carries the named models exports in its own public declarations. */
  | { readonly kind: "carries"; readonly names: CarriedNames };

/** What the spec changes ask of one package. */
export interface PackageImpact {
  readonly name: string;
  /** The bump its most severe touching change calls for. */
  readonly required: Bump;
  /** The changes that touch its public surface. */
  readonly changes: readonly SpecChange[];
  /** For a package that carries models types: the ones through which the changes reach it. */
  readonly through: readonly string[];
}

/** The component schema a change is located in (`components.schemas.<Name>...`), if any. */
export function schemaOfChange(change: SpecChange): string | undefined {
  return /^components\.schemas\.([^.\s[{]+)/.exec(change.location)?.[1];
}

/** Maps a models export name to the schema it is generated from (`accessEnumValues` -> `AccessEnum`). */
function schemaOfExport(name: string, schemas: ReadonlySet<string>): string | undefined {
  if (schemas.has(name)) return name;
  const values = /^(.+)Values$/.exec(name)?.[1];
  if (values === undefined) return undefined;
  const capitalised = `${values.charAt(0).toUpperCase()}${values.slice(1)}`;
  return schemas.has(capitalised) ? capitalised : undefined;
}

/**
 * The schemas whose types reach a package through the models exports it carries: each carried schema and
 * every schema it references, transitively, in either document (a field's type is part of the type).
 */
function reachedSchemas(carried: ReadonlySet<string>, before: IR, after: IR): Map<string, string> {
  const refs = [before, after].map(
    (ir) => new Map(ir.schemas.map((schema) => [schema.name, schema.references] as const)),
  );
  const names = new Set(refs.flatMap((map) => [...map.keys()]));
  /** schema -> the carried export it is reached through */
  const reached = new Map<string, string>();
  for (const exported of carried) {
    const start = schemaOfExport(exported, names);
    if (start === undefined) continue;
    const queue = [start];
    for (let schema = queue.pop(); schema !== undefined; schema = queue.pop()) {
      if (reached.has(schema)) continue;
      reached.set(schema, exported);
      for (const map of refs) queue.push(...(map.get(schema) ?? []));
    }
  }
  return reached;
}

/**
 * The packages each change touches and the bump each needs. A `document` package is touched by every
 * change; a package that carries models types is touched by a change inside a schema its types reach, and
 * by every change when it carries a whole-document export (`paths`, `operations`, ...) or a subpath.
 */
export function packageImpacts(
  changes: readonly SpecChange[],
  surfaces: ReadonlyMap<string, PackageSurface>,
  before: IR,
  after: IR,
): PackageImpact[] {
  const impacts: PackageImpact[] = [];
  for (const [name, surface] of surfaces) {
    let touching: SpecChange[];
    const through = new Set<string>();
    if (surface.kind === "document") touching = [...changes];
    else {
      const carried = surface.names.root;
      const whole = [...carried].filter((exported) => WHOLE_DOCUMENT_EXPORTS.has(exported));
      if (surface.names.subpath) whole.push(`${MODELS_PACKAGE}/*`);
      if (whole.length > 0) {
        touching = [...changes];
        for (const exported of whole) through.add(exported);
      } else {
        const reached = reachedSchemas(carried, before, after);
        touching = changes.filter((change) => {
          const schema = schemaOfChange(change);
          const via = schema === undefined ? undefined : reached.get(schema);
          if (via !== undefined) through.add(via);
          return via !== undefined;
        });
      }
    }
    impacts.push({ name, required: requiredBump(touching), changes: touching, through: [...through].sort() });
  }
  return impacts;
}
