import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Explicit budgets, not vitest's 5 s: apart from the generator's command-line test (a budget of its
    // own), the slowest test took 1.0 s in a cold `pnpm test` on 2 shared cores.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
