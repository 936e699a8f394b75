import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Options } from "tsup";
import { withCompactReexports } from "./cjs-reexports.shared.js";
import { emitSharedDeclarations } from "./declarations.shared.js";
import { withoutDocComments } from "./js-doc-comments.shared.js";

/**
 * How a client package is built: one bundle per entry point, ESM and CommonJS, with code shared
 * between entries in chunks. The generated code and @portone-typed/internal are bundled in
 * (neither is published); openapi-fetch stays a dependency. Declarations are written once for
 * both formats and every entry (see emitSharedDeclarations), after the bundles; the bundles
 * lose their doc comments, which the declarations hold, and the CommonJS ones write their
 * re-exports compactly (see withCompactReexports).
 */
export function clientPackage(entry: Record<string, string>): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: false,
    platform: "node",
    target: "node20",
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    noExternal: ["@portone-typed/internal"],
    tsconfig: "tsconfig.build.json",
    onSuccess: async () => {
      compactBundles(path.join(process.cwd(), "dist"));
      emitSharedDeclarations(process.cwd(), entry);
    },
  };
}

function compactBundles(dist: string): void {
  for (const name of readdirSync(dist)) {
    if (!/\.c?js$/.test(name)) continue;
    const file = path.join(dist, name);
    const text = withoutDocComments(readFileSync(file, "utf8"), name);
    writeFileSync(file, name.endsWith(".cjs") ? withCompactReexports(text, name) : text);
  }
}
