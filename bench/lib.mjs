// Shared by the benchmarks: run commands side by side, several times, and report medians.
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORK_DIR = path.join(ROOT, "bench", ".work");

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Wall-clock milliseconds of one run of a command; fails loudly if the command fails (exits
 * with a status not in `okStatuses`: diff tools exit 1 when they find breaking changes).
 */
export function timeCommand(command, args, { okStatuses = [0], onOutput, ...options } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 2 ** 28, ...options });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okStatuses.includes(result.status)) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  onOutput?.(`${result.stdout}${result.stderr}`);
  return elapsed;
}

/**
 * Runs each contender `runs` times, interleaved (A B A B …) so that drift in the machine's
 * speed hits both alike, after one untimed warm-up run each (disk cache, lazy installs).
 */
export function compare(contenders, runs) {
  for (const contender of contenders) contender.run();
  const times = new Map(contenders.map((contender) => [contender.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const contender of contenders) times.get(contender.name).push(contender.run());
  }
  return contenders.map((contender) => ({
    name: contender.name,
    medianMs: median(times.get(contender.name)),
    // By round: the i-th of every contender ran back to back, so ratios can be taken within one.
    timesMs: times.get(contender.name),
    runs,
  }));
}

export function machine() {
  const [cpu] = cpus();
  return `${cpus().length} × ${cpu?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

/** A results table of timed contenders: name, runs, median. */
export function timingTable(results) {
  return {
    columns: ["contender", "runs", "median"],
    rows: results.map((result) => [
      result.name,
      result.runs,
      result.medianMs >= 1000
        ? `${(result.medianMs / 1000).toFixed(2)} s`
        : `${Math.round(result.medianMs)} ms`,
    ]),
  };
}

/** One ratio and whether it meets its target. */
export function verdict(label, ratio, target, met) {
  return { label, ratio, target, met };
}
