#!/usr/bin/env node
// Runs every benchmark side by side with the tool a user would otherwise pick and writes
// bench/RESULTS.md from what it measured (never edit the numbers by hand).
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { benchBundle } from "./bundle.mjs";
import { benchDiff } from "./diff.mjs";
import { benchGenerate } from "./generate.mjs";
import { benchPayment } from "./payment.mjs";
import { machine, ROOT } from "./lib.mjs";
import { benchRequest } from "./request.mjs";
import { benchTypecheck } from "./typecheck.mjs";
import { benchWebhook } from "./webhook.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const all = {
  typecheck: benchTypecheck,
  bundle: benchBundle,
  payment: benchPayment,
  request: benchRequest,
  generate: benchGenerate,
  diff: benchDiff,
  webhook: benchWebhook,
};
// `npm run bench -- request` runs one; RESULTS.md is rewritten only when all run.
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(name in all)) throw new Error(`unknown benchmark "${name}" (known: ${Object.keys(all).join(", ")})`);

function markdownTable({ columns, rows }) {
  const separator = columns.map((_, index) => (index === 0 ? "---" : "---:"));
  return [columns, separator, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}

// Near 1× the third decimal decides a 2% target; far from it, it is noise.
const ratioText = (ratio) => ratio.toFixed(ratio >= 10 ? 0 : ratio >= 2 ? 2 : 3);

function verdictLine(verdict) {
  return `**${verdict.label}: ${ratioText(verdict.ratio)}×** (target ${verdict.target}: ${verdict.met ? "met" : "not met"})`;
}

function printSection(section) {
  process.stdout.write(`${section.title}\n`);
  for (const row of section.table.rows) process.stdout.write(`  ${row.slice(1).join("  ")}  ${row[0]}\n`);
  if (section.skipped) process.stdout.write(`  ${section.skipped}\n`);
  for (const verdict of section.verdicts ?? [])
    process.stdout.write(
      `  ${verdict.label}: ${ratioText(verdict.ratio)}× (target ${verdict.target}: ${verdict.met ? "met" : "not met"})\n`,
    );
}

const sections = [];
for (const [name, bench] of Object.entries(all)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  process.stdout.write(`▶ ${name}\n`);
  // A benchmark gives one section or several (one per compiler, say).
  for (const section of [await bench({ runs })].flat()) {
    sections.push(section);
    printSection(section);
  }
}

if (chosen.length === 0) {
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine()}.`,
    "Timed figures are medians of their runs after an untimed warm-up run, contenders interleaved;",
    "optic runs once, cold: it takes minutes, and the gap does not need a median to show.",
    "",
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, "", ...markdownTable(section.table), "");
    if (section.skipped) lines.push(`No ratio: ${section.skipped}.`, "");
    for (const verdict of section.verdicts ?? []) lines.push(verdictLine(verdict), "");
    for (const note of section.notes ?? []) lines.push(note, "");
  }
  const file = path.join(ROOT, "bench", "RESULTS.md");
  // Formatted as the repository's format check expects.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(lines.join("\n"), { ...options, filepath: file }));
}
