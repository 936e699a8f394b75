import type { Options } from "tsup";

/**
 * How a client package is built: one bundle per entry point, ESM and CommonJS, each with its
 * own declarations. The generated types and @portone-typed/internal are bundled in (neither is
 * published); openapi-fetch stays a dependency. Declarations are bundled per entry, so an entry
 * such as `@portone-typed/v2/identity-verification` carries only its category's types.
 */
export function clientPackage(entry: Record<string, string>): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    platform: "node",
    target: "node20",
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    noExternal: ["@portone-typed/internal"],
    tsconfig: "tsconfig.build.json",
  };
}
