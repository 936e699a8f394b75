import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing, an npm install and four compilations: tens of seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
