/** Where the bench package is. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The `packages/bench` directory. */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
