#!/usr/bin/env node
/**
 * The `pieces-distributions-mock` bin: runs the mock server until SIGINT or SIGTERM.
 * Exit codes: 0 after a clean stop, 1 when it cannot start, 2 for a bad command line.
 */
import { parseCliArgs, USAGE, UsageError } from "./cli-args.js";
import { DataFileError } from "./data-file-error.js";
import { describeListenError } from "./listen-error.js";
import { startMockServer } from "./server.js";

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCliArgs>;
  try {
    command = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pieces-distributions-mock: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === "help") {
    console.log(USAGE);
    return 0;
  }

  const { host, port, dataFile, cors, quiet } = command;
  let server: Awaited<ReturnType<typeof startMockServer>>;
  try {
    server = await startMockServer({
      host,
      port,
      cors,
      ...(dataFile === undefined ? {} : { dataFile }),
      ...(quiet ? {} : { log: (line: string) => console.log(line) }),
    });
  } catch (error) {
    const message = error instanceof DataFileError ? error.message : describeListenError(error, host, port);
    if (message === undefined) throw error;
    console.error(`pieces-distributions-mock: ${message}`);
    return 1;
  }
  console.log(
    `Pieces OS mock listening on ${server.url} (${dataFile === undefined ? "in memory" : `data file ${dataFile}`}, CORS ${cors === false ? "off" : cors.join(" ")}). Stop it with Ctrl+C.`,
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  // A second signal while closing stops at once.
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
  await server.close();
  console.log(`Pieces OS mock stopped (${signal}).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("pieces-distributions-mock failed:", error);
    process.exitCode = 1;
  },
);
