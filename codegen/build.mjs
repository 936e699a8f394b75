// The published CLI and API: the compiler writes the declarations, esbuild the JavaScript, as two
// bundles (dist/index.js, dist/cli.js) with openapi-typescript, commander and yaml inside.
// openapi-typescript imports `typescript`; bundling it lets that import be the compiler ts-morph
// already loads (ts-morph-typescript/), which no install layout of a consumer could promise.
// prettier, ts-morph and swagger2openapi are loaded at run time (createRequire), so they stay
// dependencies.
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dir = fileURLToPath(new URL(".", import.meta.url));
const RUNTIME_DEPENDENCIES = ["prettier", "ts-morph", "swagger2openapi"];

await rm(new URL("dist/", import.meta.url), { recursive: true, force: true }); // before the declarations (package.json: build)
await build({
  entryPoints: { index: `${dir}src/index.ts`, cli: `${dir}src/cli/run-cli.ts` },
  outdir: `${dir}dist`,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: RUNTIME_DEPENDENCIES,
  alias: { typescript: `${dir}ts-morph-typescript/index.cjs` },
  // The bundled CommonJS (the shim, openapi-typescript's dependencies) calls require().
  banner: {
    js: 'import { createRequire as __portoneTypedRequire } from "node:module"; const require = __portoneTypedRequire(import.meta.url);',
  },
  logLevel: "warning",
});
