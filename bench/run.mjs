#!/usr/bin/env node
// Runs every benchmark side by side with the tool a user would otherwise pick and writes
// bench/RESULTS.md from what it measured (never edit the numbers by hand).
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { benchDiff } from "./diff.mjs";
import { benchGenerate } from "./generate.mjs";
import { machine, ROOT } from "./lib.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const all = { generate: benchGenerate, diff: benchDiff };
// `npm run bench -- diff` runs one; RESULTS.md is rewritten only when all run.
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(name in all)) throw new Error(`unknown benchmark "${name}" (known: ${Object.keys(all).join(", ")})`);
const benchmarks = Object.entries(all)
  .filter(([name]) => chosen.length === 0 || chosen.includes(name))
  .map(([, bench]) => bench({ runs }));

const lines = [
  "# Benchmark results",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
  "Each figure is the median of its runs after an untimed warm-up run (generation: contenders interleaved);",
  "optic runs once, cold: it takes minutes, and the gap does not need a median to show.",
  "",
];
for (const benchmark of benchmarks) {
  lines.push(`## ${benchmark.title}`, "", "| contender | runs | median |", "| --- | ---: | ---: |");
  for (const result of benchmark.results)
    lines.push(`| ${result.name} | ${result.runs} | ${(result.medianMs / 1000).toFixed(2)} s |`);
  const verdict = benchmark.skipped
    ? `No ratio: ${benchmark.skipped}.`
    : `**${benchmark.ratioLabel}: ${benchmark.ratio.toFixed(2)}×** (target ${benchmark.target}: ${benchmark.met ? "met" : "not met"})`;
  lines.push("", verdict, "", ...(benchmark.notes ?? []).flatMap((note) => [note, ""]));
  process.stdout.write(`${benchmark.title}\n`);
  for (const result of benchmark.results)
    process.stdout.write(`  ${(result.medianMs / 1000).toFixed(2)} s  ${result.name}\n`);
  process.stdout.write(
    `  ${benchmark.skipped ?? `ratio ${benchmark.ratio.toFixed(2)}× (target ${benchmark.target})`}\n`,
  );
}
if (chosen.length === 0) {
  const file = path.join(ROOT, "bench", "RESULTS.md");
  // Formatted as the repository's format check expects.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(lines.join("\n"), { ...options, filepath: file }));
}
