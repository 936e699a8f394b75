// Consumer type-check cost: `tsc --noEmit` of the same identity verification program written
// against @portone-typed/v2 and against PortOne's official @portone/server-sdk, on TypeScript
// 5.9 and 7, side by side in one run. Target: ours ≤ 0.5× the official SDK.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compare, timeCommand, timingTable, verdict, WORK_DIR } from "./lib.mjs";
import {
  BENCH_MODULES,
  EMPTY,
  OFFICIAL_CATEGORY,
  OFFICIAL_WHOLE,
  OURS,
  PROGRAMS_DIR,
  requireBuiltPackage,
} from "./programs.mjs";

const COMPILERS = [
  { name: "TypeScript 5.9", tsc: path.join(BENCH_MODULES, "typescript", "bin", "tsc") },
  { name: "TypeScript 7", tsc: path.join(BENCH_MODULES, "typescript7", "bin", "tsc") },
];

// What `tsc --init` gives a consumer (strict, skipLibCheck), with Node's types for process.env.
export const COMPILER_OPTIONS = {
  strict: true,
  target: "es2022",
  module: "preserve",
  moduleResolution: "bundler",
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
};

const NOISE_MS = 25;

function tsconfigFor(program) {
  const dir = path.join(WORK_DIR, "typecheck");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(program.file, ".ts")}.json`);
  const config = { compilerOptions: COMPILER_OPTIONS, files: [path.join(PROGRAMS_DIR, program.file)] };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

export function benchTypecheck({ runs = 5 } = {}) {
  requireBuiltPackage();
  const programs = [EMPTY, OURS, OFFICIAL_CATEGORY, OFFICIAL_WHOLE];
  const configs = new Map(programs.map((program) => [program, tsconfigFor(program)]));
  return COMPILERS.map((compiler) => {
    const results = compare(
      programs.map((program) => ({
        name: program.name,
        run: () => timeCommand(process.execPath, [compiler.tsc, "-p", configs.get(program)]),
      })),
      runs,
    );
    const [floor, ours, category, whole] = results.map((result) => result.medianMs);
    const marginal = [];
    const notes = [];
    // What a client adds over the floor, compared only where it is more than this machine's
    // run-to-run spread; below that a ratio would be noise.
    for (const [name, ms] of [
      ["the official identity verification entry", category],
      ["PortOneClient", whole],
    ]) {
      const theirs = ms - floor;
      if (theirs >= NOISE_MS) {
        const ratio = Math.max(ours - floor, 0) / theirs;
        marginal.push(
          verdict(`what ours adds over the floor ÷ what ${name} adds`, ratio, "≤ 0.5×", ratio <= 0.5),
        );
      } else {
        notes.push(
          `Over the floor, ours adds ${Math.round(ours - floor)} ms and ${name} ${Math.round(theirs)} ms: below the ${NOISE_MS} ms this machine can tell apart, so no ratio.`,
        );
      }
    }
    return {
      title: `Consumer type-check, ${compiler.name} (tsc --noEmit, strict, skipLibCheck)`,
      table: timingTable(results),
      verdicts: [
        verdict(
          "ours ÷ official, identity verification entry",
          ours / category,
          "≤ 0.5×",
          ours / category <= 0.5,
        ),
        verdict("ours ÷ official, PortOneClient", ours / whole, "≤ 0.5×", ours / whole <= 0.5),
        ...marginal,
      ],
      notes,
    };
  });
}
