import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The examples run one after another, each a tsx child process against a mock server of its own.
    fileParallelism: false,
  },
});
