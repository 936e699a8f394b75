#!/usr/bin/env node
// Runs every benchmark side by side with the tool a user would otherwise pick and writes
// bench/RESULTS.md from what it measured (never edit the numbers by hand).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchGenerate } from "./generate.mjs";
import { machine, ROOT } from "./lib.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const benchmarks = [benchGenerate({ runs })];

const lines = [
  "# Benchmark results",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
  `Each figure is the median of ${runs} interleaved runs after a warm-up run.`,
  "",
];
for (const benchmark of benchmarks) {
  lines.push(`## ${benchmark.title}`, "", "| contender | median |", "| --- | ---: |");
  for (const result of benchmark.results)
    lines.push(`| ${result.name} | ${(result.medianMs / 1000).toFixed(2)} s |`);
  lines.push(
    "",
    `**${benchmark.ratioLabel}: ${benchmark.ratio.toFixed(2)}×** (target ${benchmark.target}: ${benchmark.met ? "met" : "not met"})`,
    "",
  );
  process.stdout.write(`${benchmark.title}\n`);
  for (const result of benchmark.results)
    process.stdout.write(`  ${(result.medianMs / 1000).toFixed(2)} s  ${result.name}\n`);
  process.stdout.write(`  ratio ${benchmark.ratio.toFixed(2)}× (target ${benchmark.target})\n`);
}
writeFileSync(path.join(ROOT, "bench", "RESULTS.md"), `${lines.join("\n")}`);
