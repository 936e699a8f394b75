// Spec-diff benchmark: our diff of two full V2 versions against @useoptic/optic 1.0.9 on the
// same pair, in one run. Target: at least 50× faster, with correct verdicts.
//
// Optic is a large install (≈630 packages), so it is optional: BENCH_OPTIC=1 installs it into
// bench/.work/optic (once) and runs it. It needs an ajv 8.17.1 override, `--validation loose`
// (the V2 spec has arrays with `properties` and a duplicated `required` entry) and telemetry off.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { median, ROOT, timeCommand, timingTable, verdict, WORK_DIR } from "./lib.mjs";

const HISTORY = process.env.PORTONE_SPEC_HISTORY_DIR ?? path.join(ROOT, "..", "shared", "specs", "history");
const OLD = path.join(HISTORY, "v2", "v2_a8dd2043ad.json");
const NEW = path.join(HISTORY, "v2", "v2_9e515d2b86.json");
const OPTIC_DIR = path.join(WORK_DIR, "optic");
const OPTIC = path.join(OPTIC_DIR, "node_modules", ".bin", "optic");

function installOptic() {
  if (existsSync(OPTIC)) return;
  mkdirSync(OPTIC_DIR, { recursive: true });
  const manifest = {
    private: true,
    dependencies: { "@useoptic/optic": "1.0.9" },
    overrides: { ajv: "8.17.1" },
  };
  writeFileSync(path.join(OPTIC_DIR, "package.json"), JSON.stringify(manifest, null, 2));
  process.stdout.write("installing @useoptic/optic 1.0.9 into bench/.work/optic …\n");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: OPTIC_DIR,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("npm install @useoptic/optic failed");
}

export function benchDiff({ runs = 5, withOptic = process.env.BENCH_OPTIC === "1" } = {}) {
  const cli = path.join(ROOT, "codegen", "bin", "portone-typed.js");
  const ours = () =>
    timeCommand(process.execPath, [cli, "diff", OLD, NEW, "--format", "json"], { okStatuses: [0, 1] });
  ours();
  const oursMs = median(Array.from({ length: runs }, ours));
  const report = JSON.parse(
    spawnSync(process.execPath, [cli, "diff", OLD, NEW, "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 2 ** 28,
    }).stdout,
  );
  const breaking = report.changes
    .filter((change) => change.verdict === "breaking")
    .map((change) => change.id);
  const results = [
    { name: `portone-typed diff (CLI, JSON report; finds ${breaking.join(", ")})`, medianMs: oursMs, runs },
  ];
  if (!withOptic) {
    return {
      title: "V2 spec diff (two real versions, 2026-07-03)",
      table: timingTable(results),
      skipped: "set BENCH_OPTIC=1 to compare with @useoptic/optic 1.0.9",
    };
  }
  installOptic();
  // One run: it takes minutes, and a gap this size does not need a median to show.
  const opticRuns = Number(process.env.BENCH_OPTIC_RUNS ?? 1);
  let opticOutput = "";
  const opticMs = median(
    Array.from({ length: opticRuns }, () =>
      timeCommand(OPTIC, ["diff", OLD, NEW, "--validation", "loose", "--check"], {
        okStatuses: [0, 1],
        env: { ...process.env, OPTIC_TELEMETRY_LEVEL: "off" },
        cwd: WORK_DIR,
        onOutput: (output) => (opticOutput = output),
      }),
    ),
  );
  // How its verdicts compare: enum values it calls removed that this pair in fact adds.
  const added = new Set(
    report.changes
      .filter((change) => change.kind === "enum-value-added")
      .map((change) => String(change.details.value)),
  );
  const saidRemoved = new Set(
    [...opticOutput.matchAll(/enums ([\w, ]+?) were removed/g)].flatMap((match) => match[1].split(/,\s*/)),
  );
  const misread = [...saidRemoved].filter((value) => added.has(value)).sort();
  const opticErrors = opticOutput.match(/^\s*x \[/gm)?.length ?? 0;
  const notes = [
    `Verdicts: portone-typed finds ${breaking.length} breaking changes; optic prints ${opticErrors} errors.`,
    ...(misread.length > 0
      ? [`optic reports the added enum values ${misread.join(", ")} as "removed".`]
      : []),
  ];
  results.unshift({
    name: "@useoptic/optic 1.0.9 diff --check (--validation loose)",
    medianMs: opticMs,
    runs: opticRuns,
  });
  return {
    title: "V2 spec diff (two real versions, 2026-07-03)",
    table: timingTable(results),
    verdicts: [verdict("optic ÷ portone-typed", opticMs / oursMs, "≥ 50×", opticMs / oursMs >= 50)],
    notes,
  };
}
