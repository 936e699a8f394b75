/**
 * How a client package's tests run, shared by v1 and v2. A plain object (each package's
 * vitest.config.ts hands it to `defineConfig`, which checks it): vitest is installed per
 * package, not where this file lives.
 */
export const clientPackageTests = {
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
};
