import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The smoke run forks the bench server and type-checks three consumer files; it is not timed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
