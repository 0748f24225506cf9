/**
 * `pnpm start`: runs the round-trip example against Pieces OS at `PIECES_OS_URL`, or, when that is not set,
 * against a mock server started here on a free port and stopped afterwards. Exits with the example's code.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@pieces-distributions/mock-server";

const EXAMPLE = "src/round-trip.ts";
const packageDirectory = fileURLToPath(new URL("..", import.meta.url));

/** Runs one example script with tsx, its output going straight to ours, and resolves to its exit code. */
function runExample(script: string, baseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: packageDirectory,
      env: { ...process.env, PIECES_OS_URL: baseUrl },
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

async function main(): Promise<number> {
  const given = process.env.PIECES_OS_URL;
  let server: MockServer | undefined;
  if (given === undefined) {
    server = await startMockServer({ port: 0 });
    console.log(`Started a mock Pieces OS at ${server.url} (set PIECES_OS_URL to use a real one).`);
  } else {
    console.log(`Using the Pieces OS at ${given} (from PIECES_OS_URL).`);
  }
  const baseUrl = given ?? server?.url ?? "";
  console.log(`Running ${EXAMPLE} against it.\n`);
  try {
    const code = await runExample(EXAMPLE, baseUrl);
    console.log(code === 0 ? "\nThe round trip worked." : `\nThe round trip failed (exit code ${code}).`);
    return code;
  } finally {
    if (server !== undefined) {
      await server.close();
      console.log("Stopped the mock Pieces OS.");
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
