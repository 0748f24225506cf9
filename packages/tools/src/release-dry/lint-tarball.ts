import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { CommandFailedError, run } from "../run.js";
import type { PackedPackage } from "./tarball.js";

const require = createRequire(import.meta.url);

/** publint over the tarball, strict (warnings fail, as `check:package` does); one line per problem. */
export async function publintProblems(pkg: PackedPackage): Promise<string[]> {
  const data = readFileSync(pkg.tarball);
  const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  const { messages, pkg: manifest } = await publint({ pack: { tarball }, strict: true, level: "warning" });
  return messages.map(
    (message) => `publint: ${formatMessage(message, manifest, { color: false }) ?? message.code}`,
  );
}

/** `attw` (Are the Types Wrong?) over the tarball with the node16 profile; the report lines when it fails. */
export function attwProblems(pkg: PackedPackage): string[] {
  const packageJson = require.resolve("@arethetypeswrong/cli/package.json");
  const { bin } = JSON.parse(readFileSync(packageJson, "utf8")) as { bin: Record<string, string> };
  const attw = path.resolve(path.dirname(packageJson), bin.attw ?? "dist/index.js");
  try {
    run(
      process.execPath,
      [attw, pkg.tarball, "--profile", "node16", "--format", "ascii", "--no-emoji", "--no-color"],
      {
        cwd: path.dirname(pkg.tarball),
      },
    );
    return [];
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    return [`attw --profile node16 failed:\n${error.output.replace(/^/gm, "      ")}`];
  }
}
