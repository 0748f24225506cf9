import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Explicit budgets, not vitest's 5 s: the slowest test without a budget of its own (a fault-matrix
    // cell, a 10 MB body) took 2.8 s in a cold `pnpm test` on 2 shared cores; 60 s is twenty times that, for
    // a machine that other work loads as well. Tests that run a compiler, a child process or a property carry
    // their own budget.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
