import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The release checks pack, install and type-check real packages: slow by nature, not by accident.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
