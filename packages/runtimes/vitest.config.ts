import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packs the client and the models once and installs the tarballs in a project of their own, for every file.
    globalSetup: ["test/setup/install-tarballs.ts"],
    // Packing, installing (npm), a browser and two runtimes: set per hook and test, each with room to spare.
    hookTimeout: 180_000,
  },
});
