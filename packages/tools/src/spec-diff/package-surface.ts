import path from "node:path";
import ts from "typescript";

/** The names a package's public declarations take from another package, by the specifier they come from. */
export interface CarriedNames {
  /** Names imported from the package's root entry, e.g. `Distribution`. */
  readonly root: ReadonlySet<string>;
  /** Whether the declarations import from a subpath (e.g. `/validators`); counted as the whole document. */
  readonly subpath: boolean;
}

/** Thrown when a package has no entry source to read its public surface from. */
export class PackageSurfaceError extends Error {
  override readonly name = "PackageSurfaceError";
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  declaration: true,
  emitDeclarationOnly: true,
  noEmitOnError: false,
  skipLibCheck: true,
  strict: true,
  types: [],
  outDir: "/surface",
  rootDir: "/",
};

/**
 * What the public surface of the package in `packageDir` carries from `dependency`: TypeScript emits the
 * declarations of `src/index.ts` (in memory, what tsup's .d.ts holds too, inferred types included), and
 * every declaration file reachable from the entry's through relative imports and re-exports is read for
 * imports from `dependency`. A module's declaration file lists all its exports, also those the entry
 * does not re-export: the safe side for a release gate.
 */
export function carriedNames(packageDir: string, dependency: string): CarriedNames {
  const entry = path.join(packageDir, "src/index.ts");
  if (!ts.sys.fileExists(entry)) {
    throw new PackageSurfaceError(`${entry} does not exist: the public surface is read from src/index.ts`);
  }
  const emitted = new Map<string, string>();
  const program = ts.createProgram([entry], { ...COMPILER_OPTIONS, rootDir: packageDir });
  program.emit(undefined, (fileName, text) => emitted.set(path.resolve(fileName), text), undefined, true);

  const declarationOf = (source: string) =>
    path.join("/surface", path.relative(packageDir, source)).replace(/\.(m|c)?tsx?$/, ".d.ts");
  const root = new Set<string>();
  let subpath = false;
  const seen = new Set<string>();
  const queue = [declarationOf(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = emitted.get(file);
    if (text === undefined) continue;
    for (const reference of moduleReferences(text)) {
      if (reference.specifier.startsWith(".")) {
        const target = path.resolve(path.dirname(file), reference.specifier).replace(/\.(m|c)?js$/, "");
        queue.push(`${target}.d.ts`);
      } else if (reference.specifier === dependency) {
        for (const name of reference.names) root.add(name);
      } else if (reference.specifier.startsWith(`${dependency}/`)) {
        subpath = true;
      }
    }
  }
  return { root, subpath };
}

interface ModuleReference {
  readonly specifier: string;
  /** The names taken from it (imported or re-exported); `*` for a namespace or star import. */
  readonly names: readonly string[];
}

/** Every module a declaration file imports or re-exports from, with the names it takes. */
function moduleReferences(text: string): ModuleReference[] {
  const source = ts.createSourceFile("surface.d.ts", text, ts.ScriptTarget.ES2022, true);
  const references: ModuleReference[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      references.push({ specifier: node.moduleSpecifier.text, names: importedNames(node) });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      const name = node.qualifier === undefined ? "*" : leftmost(node.qualifier);
      references.push({ specifier: node.argument.literal.text, names: [name] });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return references;
}

function leftmost(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(name.left);
}

function importedNames(node: ts.ImportDeclaration | ts.ExportDeclaration): string[] {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    if (clause === undefined || ts.isNamespaceExport(clause)) return ["*"];
    return clause.elements.map((element) => (element.propertyName ?? element.name).text);
  }
  const clause = node.importClause;
  if (clause === undefined) return [];
  const names = clause.name === undefined ? [] : ["default"];
  const bindings = clause.namedBindings;
  if (bindings === undefined) return names;
  if (ts.isNamespaceImport(bindings)) return [...names, "*"];
  return [...names, ...bindings.elements.map((element) => (element.propertyName ?? element.name).text)];
}
