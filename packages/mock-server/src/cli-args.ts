import { parseArgs } from "node:util";
import { parseCorsSetting } from "./cors.js";

/** The port Pieces OS listens on, and so the CLI's default. */
export const DEFAULT_PORT = 1000;

/** The CLI's usage text. */
export const USAGE = `Usage: pieces-distributions-mock [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--data-file path] [--cors-origin *] [--quiet]

A stateful stand-in for the Pieces OS Distributions API (POST /distributions/create,
POST /distributions/{distribution}/delete, GET /distributions).

Options:
  --port <n>         port to listen on, 0 for any free port (default ${DEFAULT_PORT}, the Pieces OS port)
  --host <address>   interface to listen on (default 127.0.0.1)
  --data-file <path> keep distributions in this JSON file so they survive a restart
                     (default: in memory only)
  --cors-origin <o>  the origin browser pages may call it from, such as http://127.0.0.1:8080;
                     repeat it for several, "off" for no CORS headers at all (default *: any)
  --quiet            do not log each request
  -h, --help         show this help

Stop it with Ctrl+C (SIGINT) or SIGTERM.`;

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: "help" }
  | {
      readonly kind: "run";
      readonly port: number;
      readonly host: string;
      readonly dataFile: string | undefined;
      readonly cors: readonly string[] | false;
      readonly quiet: boolean;
    };

/** A command line the CLI cannot follow; the message says what was wrong. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Reads the CLI's arguments (without `node` and the script). Throws a {@link UsageError} on a bad one. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let values: {
    port?: string;
    host?: string;
    "data-file"?: string;
    "cors-origin"?: string[];
    quiet?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "data-file": { type: "string" },
        "cors-origin": { type: "string", multiple: true },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help === true) return { kind: "help" };
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? "0") || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  const host = values.host ?? "127.0.0.1";
  if (host === "") throw new UsageError("--host must not be empty");
  if (values["data-file"] === "") throw new UsageError("--data-file must not be empty");
  const origins = values["cors-origin"] ?? ["*"];
  if (origins.includes("off") && origins.length > 1)
    throw new UsageError("--cors-origin off turns CORS off: give it alone, without other origins");
  const cors = origins.includes("off") ? false : origins;
  try {
    parseCorsSetting(cors);
  } catch (error) {
    throw new UsageError(`--cors-origin: ${(error as Error).message.replace(/^cors: /, "")}`);
  }
  return { kind: "run", port, host, dataFile: values["data-file"], cors, quiet: values.quiet === true };
}
