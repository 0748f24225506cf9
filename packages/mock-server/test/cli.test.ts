import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { parseCliArgs, UsageError } from "../src/cli-args.js";
import { describeListenError } from "../src/listen-error.js";
import { temporaryDirectory } from "./support/temporary-directory.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** The built bin's output and exit, once it has ended. */
interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin with these arguments; `whenListening` runs once it prints its URL. */
function runCli(
  args: string[],
  whenListening?: (url: string, child: ChildProcess) => Promise<void>,
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    let stdout = "";
    let stderr = "";
    let listening = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url !== undefined && !listening && whenListening !== undefined) {
        listening = true;
        whenListening(url, child).catch(reject);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Occupies a free loopback port for this test and returns it. */
async function occupiedPort(): Promise<number> {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  const address = blocker.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("the pieces-distributions-mock bin (built)", () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the package's build first`);
  });

  it("prints its usage for --help and exits 0", async () => {
    const ended = await runCli(["--help"]);
    expect(ended.code).toBe(0);
    expect(ended.stdout).toMatch(/^Usage: pieces-distributions-mock \[--port 1000\]/);
    expect(ended.stdout).toContain("--data-file <path>");
  });

  it("says clearly that the port is taken, and exits 1", async () => {
    const port = await occupiedPort();
    const ended = await runCli(["--port", String(port)]);
    expect(ended.code).toBe(1);
    expect(ended.stderr).toBe(
      `pieces-distributions-mock: Port ${port} on 127.0.0.1 is already in use (is Pieces OS or another mock running?). Stop what uses it, or pick another port with --port, e.g. --port 1001.\n`,
    );
  });

  it("refuses a bad option with the usage, and exits 2", async () => {
    const ended = await runCli(["--port", "eighty"]);
    expect(ended.code).toBe(2);
    expect(ended.stderr).toMatch(
      /^pieces-distributions-mock: --port must be a whole number from 0 to 65535, got "eighty"\n\nUsage:/,
    );
  });

  it("names a corrupt data file and exits 1 without touching it", async () => {
    const file = path.join(await temporaryDirectory(), "data.json");
    await writeFile(file, "{ broken");
    const ended = await runCli(["--port", "0", "--data-file", file]);
    expect(ended.code).toBe(1);
    expect(ended.stderr).toContain(
      `pieces-distributions-mock: Cannot use the data file ${file}: it is not valid JSON.`,
    );
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "serves requests, logs them, and stops cleanly on %s (exit 0)",
    async (signal) => {
      const ended = await runCli(["--port", "0"], async (url, child) => {
        const response = await fetch(`${url}/distributions`);
        expect(await response.json()).toEqual({ iterable: [] });
        child.kill(signal);
      });
      expect(ended.code).toBe(0);
      expect(ended.stdout).toMatch(
        /^Pieces OS mock listening on http:\/\/127\.0\.0\.1:\d+ \(in memory, CORS \*\)\. Stop it with Ctrl\+C\.\n/,
      );
      expect(ended.stdout).toContain("GET /distributions -> 200\n");
      expect(ended.stdout).toContain(`Pieces OS mock stopped (${signal}).\n`);
    },
  );
});

describe("parseCliArgs", () => {
  it("defaults to the Pieces OS port on 127.0.0.1, in memory", () => {
    expect(parseCliArgs([])).toEqual({
      kind: "run",
      port: 1000,
      host: "127.0.0.1",
      dataFile: undefined,
      cors: ["*"],
      quiet: false,
    });
  });

  it("reads every option", () => {
    expect(parseCliArgs(["--port", "0", "--host", "::1", "--data-file", "d.json", "--quiet"])).toEqual({
      kind: "run",
      port: 0,
      host: "::1",
      dataFile: "d.json",
      cors: ["*"],
      quiet: true,
    });
    expect(
      parseCliArgs(["--cors-origin", "http://127.0.0.1:8080", "--cors-origin", "chrome-extension://abc"]),
    ).toMatchObject({
      cors: ["http://127.0.0.1:8080", "chrome-extension://abc"],
    });
    expect(parseCliArgs(["--cors-origin", "off"])).toMatchObject({ cors: false });
    expect(parseCliArgs(["-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [["--port", "65536"], '--port must be a whole number from 0 to 65535, got "65536"'],
    [["--port", "1.5"], '--port must be a whole number from 0 to 65535, got "1.5"'],
    [["--port", ""], '--port must be a whole number from 0 to 65535, got ""'],
    [["--data-file", ""], "--data-file must not be empty"],
    [["--verbose"], "Unknown option '--verbose'"],
    [
      ["--cors-origin", "http://127.0.0.1:8080/page"],
      '--cors-origin: "http://127.0.0.1:8080/page" is not an origin',
    ],
    [["--cors-origin", "off", "--cors-origin", "*"], "--cors-origin off turns CORS off: give it alone"],
    [["extra"], "Unexpected argument 'extra'"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe("describeListenError", () => {
  it("explains a port that needs privileges and suggests one that does not", () => {
    const error = Object.assign(new Error("listen EACCES"), { code: "EACCES" });
    expect(describeListenError(error, "127.0.0.1", 80)).toBe(
      "Port 80 on 127.0.0.1 needs elevated privileges here (ports below 1024 usually do). Use a port of 1024 or more, e.g. --port 10000, and point the client at it (PIECES_OS_URL=http://127.0.0.1:10000).",
    );
  });

  it("explains an address that is not on this machine", () => {
    const error = Object.assign(new Error("listen EADDRNOTAVAIL"), { code: "EADDRNOTAVAIL" });
    expect(describeListenError(error, "10.9.8.7", 1000)).toContain(
      "The address 10.9.8.7 is not an interface",
    );
  });

  it("leaves other errors to the caller", () => {
    expect(describeListenError(new Error("boom"), "127.0.0.1", 1000)).toBeUndefined();
  });
});
