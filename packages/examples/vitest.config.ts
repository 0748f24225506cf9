import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test runs example scripts as child processes through tsx, which takes a moment to start.
    testTimeout: 60_000,
  },
});
