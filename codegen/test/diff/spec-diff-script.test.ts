import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_DIR, SPEC_HISTORY_DIR } from "../helpers/paths.js";

// The root `npm run spec-diff` script, run as a user runs it (it needs the built CLI).
function specDiff(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(REPO_DIR, "scripts/spec-diff.mjs"), ...args], {
    cwd: REPO_DIR,
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run spec-diff", () => {
  it("diffs the pinned spec against a candidate, naming the pin", () => {
    const candidate = path.join(SPEC_HISTORY_DIR, "v2", "v2_9e515d2b86.json");
    const { code, out, err } = specDiff("--new", `v2=${candidate}`, "--format", "json");
    expect(err).toContain(`v2: v2 @ a511c22a00, 2026-07-03 → ${candidate}`);
    const report = JSON.parse(out);
    expect(report.old.label).toBe("v2 @ a511c22a00, 2026-07-03");
    expect(report.new.source).toBe(candidate);
    expect(code).toBe(report.summary.breaking > 0 ? 1 : 0);
  });

  it("with --base, compares only the APIs whose pin changed", () => {
    const { code, out } = specDiff("--base", "HEAD");
    expect(out).toBe("v1: pin unchanged\nv2: pin unchanged\n");
    expect(code).toBe(0);
  });

  it("fails with 2 and a message on a bad git ref", () => {
    const { code, err } = specDiff("--base", "no-such-ref");
    expect(code).toBe(2);
    expect(err).toContain("spec-diff: git show no-such-ref:specs/sources.json failed");
  });
});
