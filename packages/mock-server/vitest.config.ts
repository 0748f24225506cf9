import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests start servers and child processes; under a repository-wide parallel run they need headroom.
    testTimeout: 30_000,
  },
});
