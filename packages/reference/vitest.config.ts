import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The examples run one after another, each a tsx child process against a mock server of its own.
    fileParallelism: false,
    // Under a loaded CI machine parsing the document and emitting the pages takes seconds, not vitest's default 5 s.
    testTimeout: 30_000,
  },
});
