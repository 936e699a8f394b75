import { defineConfig } from "vitest/config";

export default defineConfig({
  // Our own packages, imported by name in examples and tests, resolve to their sources; the
  // rest are Vite's default server conditions, which setting this replaces.
  ssr: { resolve: { conditions: ["@portone-typed/source", "module", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Prism takes seconds to start on the V2 spec.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
