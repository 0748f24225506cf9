import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests start servers and child processes: the slowest without a budget of its own (a property, stopped
    // after 20 s) took 7.5 s in a cold `pnpm test` on 2 shared cores; 60 s leaves room for other load.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
