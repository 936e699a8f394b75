// Generation benchmark: our full V2 generation (CLI, everything it emits, formatted) against
// openapi-typescript's CLI alone on the same spec, in one run. Target: ours within 2×.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { compare, ROOT, timeCommand, timingTable, verdict, WORK_DIR } from "./lib.mjs";

export function benchGenerate({ runs = 5 } = {}) {
  const spec = path.join(ROOT, "specs", "v2.openapi.json");
  const out = path.join(WORK_DIR, "generate");
  mkdirSync(out, { recursive: true });
  const results = compare(
    [
      {
        name: "openapi-typescript 7.13 CLI (base types only, unformatted)",
        run: () =>
          timeCommand(process.execPath, [
            path.join(ROOT, "node_modules", "openapi-typescript", "bin", "cli.js"),
            spec,
            "-o",
            path.join(out, "openapi-typescript.ts"),
          ]),
      },
      {
        name: "portone-typed generate (all outputs, every entry point, prettier-formatted)",
        run: () =>
          timeCommand(process.execPath, [
            path.join(ROOT, "codegen", "bin", "portone-typed.js"),
            "generate",
            "--spec",
            `v2=${spec}`,
            "--out",
            path.join(out, "portone-typed"),
          ]),
      },
    ],
    runs,
  );
  const [theirs, ours] = results;
  return {
    title: "V2 generation (real spec, 115 paths, 1,000 schemas)",
    table: timingTable(results),
    verdicts: [
      verdict(
        "portone-typed ÷ openapi-typescript",
        ours.medianMs / theirs.medianMs,
        "≤ 2×",
        ours.medianMs / theirs.medianMs <= 2,
      ),
    ],
  };
}
