/** Where things are: the bench package and the repository root. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The `packages/bench` directory. */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The repository root. */
export const REPO_ROOT = path.resolve(BENCH_DIR, "../..");
