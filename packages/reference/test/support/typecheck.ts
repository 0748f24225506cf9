/** Type-checks files with the repository's strict settings (`tsconfig.base.json`), in one program. */
import path from "node:path";
import ts from "typescript";
import { repositoryDir } from "./markdown-examples.js";

/** The diagnostics of each file, formatted, by absolute file name (an empty list when it compiles). */
export function typecheck(files: readonly string[]): Map<string, string[]> {
  const configFile = path.join(repositoryDir, "tsconfig.base.json");
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, repositoryDir, {
    types: ["node"],
    noEmit: true,
  });
  const program = ts.createProgram(files, parsed.options);
  const byFile = new Map<string, string[]>(files.map((file) => [path.resolve(file), []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file === undefined ? undefined : path.resolve(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const position =
      diagnostic.file !== undefined && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    const text = `${position === undefined ? "" : `line ${position.line + 1}: `}TS${diagnostic.code} ${message}`;
    const list = file === undefined ? undefined : byFile.get(file);
    if (list !== undefined) list.push(text);
    else for (const all of byFile.values()) all.push(`(global) ${text}`);
  }
  return byFile;
}
