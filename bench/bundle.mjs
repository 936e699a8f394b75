// Bundle size: the same identity verification program against @portone-typed/v2 and against
// PortOne's official @portone/server-sdk, bundled by esbuild (minified, every dependency
// inside), then gzipped. Target: ours ≤ 0.5× the official SDK.
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { verdict } from "./lib.mjs";
import { OFFICIAL_CATEGORY, OFFICIAL_WHOLE, OURS, PROGRAMS_DIR, requireBuiltPackage } from "./programs.mjs";

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function bundle(program) {
  const result = await build({
    entryPoints: [path.join(PROGRAMS_DIR, program.file)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const [output] = Object.values(result.metafile.outputs);
  // How much of the bundle is openapi-fetch: the dependency our design is built on.
  const openapiFetch = Object.entries(output.inputs)
    .filter(([file]) => file.includes("openapi-fetch"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { name: program.name, minified: code.length, gzip: gzipSync(code).length, openapiFetch };
}

export async function benchBundle() {
  requireBuiltPackage();
  const [ours, category, whole] = await Promise.all([OURS, OFFICIAL_CATEGORY, OFFICIAL_WHOLE].map(bundle));
  return {
    title: "Bundle size of the identity verification program (esbuild, minified, gzip)",
    table: {
      columns: ["contender", "minified", "gzip"],
      rows: [ours, category, whole].map((size) => [size.name, kB(size.minified), kB(size.gzip)]),
    },
    verdicts: [
      verdict(
        "ours ÷ official, identity verification entry (gzip)",
        ours.gzip / category.gzip,
        "≤ 0.5×",
        ours.gzip / category.gzip <= 0.5,
      ),
      verdict(
        "ours ÷ official, PortOneClient (gzip)",
        ours.gzip / whole.gzip,
        "≤ 0.5×",
        ours.gzip / whole.gzip <= 0.5,
      ),
    ],
    notes: [
      `Of our minified bundle, openapi-fetch is ${kB(ours.openapiFetch)} (${Math.round((100 * ours.openapiFetch) / ours.minified)}%). The official SDK's identity verification client is a plain fetch per method, with no timeout and no handling of a non-JSON error body.`,
    ],
  };
}
