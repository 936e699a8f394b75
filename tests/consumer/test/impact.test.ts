// `portone-typed impact` on a merchant's project (tests/consumer/merchant: both styles of
// @portone-typed/v2, @portone-typed/v1 and @portone/server-sdk 0.19), installed from the packed
// tarballs, against real pairs of PortOne's history: which calls each pair reaches, and which not.
import { spawnSync } from "node:child_process";
import { cp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, REPO_DIR, tsc, type ConsumerProject } from "./consumer-project.js";

const HISTORY =
  process.env.PORTONE_SPEC_HISTORY_DIR ?? path.join(REPO_DIR, "..", "shared", "specs", "history");
const CLI = path.join(REPO_DIR, "codegen", "bin", "portone-typed.js");
const spec = (file: string) => path.join(HISTORY, file.slice(0, 2), file);

interface Reached {
  id: string;
  verdict: string;
  sites: { file: string; line: number; text: string; package: string }[];
}

let consumer: ConsumerProject | undefined;
let merchant = "";
beforeAll(async () => {
  consumer = await createConsumerProject();
  merchant = path.join(consumer.project, "merchant");
  await cp(path.resolve(import.meta.dirname, "../merchant"), merchant, { recursive: true });
});
afterAll(async () => {
  if (consumer) await rm(consumer.root, { recursive: true, force: true });
});

function impact(oldFile: string, newFile: string, tsconfig = "merchant/tsconfig.json", ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [CLI, "impact", spec(oldFile), spec(newFile), "--project", tsconfig, "--format", "json", ...args],
    { cwd: consumer!.project, encoding: "utf8" },
  );
  const report = result.stdout
    ? (JSON.parse(result.stdout) as { changes: Reached[]; summary: Record<string, number> })
    : undefined;
  return { code: result.status, report, err: result.stderr };
}

const placesOf = (report: { changes: Reached[] } | undefined, id: string) =>
  report?.changes
    .find((change) => change.id === id)
    ?.sites.map((site) => `${site.file}:${site.line} ${site.package}`)
    .sort();

describe("portone-typed impact on a merchant's project", () => {
  it("is a project that compiles against the installed packages", () => {
    tsc(consumer!.project, "merchant/tsconfig.json");
  });

  it("2024-07-05 (V2): the removed CancelRequester values reach the refund call; the required ipAddress both send calls", () => {
    const { code, report } = impact("v2_70facbbed3.json", "v2_3e624772b8.json");
    expect(code).toBe(1);
    expect(report?.summary.breaking).toBe(3);
    for (const value of ["Admin", "Customer"])
      expect(placesOf(report, `enum-value-removed:CancelRequester:${value}`)).toEqual([
        "src/refunds.ts:9 @portone-typed/v2",
      ]);
    // The path style of ours and the official SDK's method, each at its line.
    expect(placesOf(report, "property-added:SendIdentityVerificationBodyCustomer.ipAddress")).toEqual([
      "src/identity.ts:7 @portone-typed/v2",
      "src/legacy.ts:11 @portone/server-sdk",
    ]);
    // Not reached: nothing here calls an operation the diff's other changes are in.
    expect(report?.changes.every((change) => change.sites.length > 0)).toBe(true);
  });

  it("exits 0 when the breaking changes of a pair are in operations the code does not call", async () => {
    // The same pair is breaking for cancelPayment and sendIdentityVerification: a project that
    // only reads identity verifications calls neither.
    await writeFile(
      path.join(merchant, "src", "status-only.ts"),
      `import { PortOneClient } from "@portone-typed/v2";
const portone = PortOneClient({ secret: "" });
export const status = (identityVerificationId: string) =>
  portone.identityVerification.getIdentityVerification({ identityVerificationId });
`,
    );
    await writeFile(
      path.join(merchant, "tsconfig.status.json"),
      JSON.stringify({ extends: "./tsconfig.json", include: [], files: ["src/status-only.ts"] }),
    );
    const whole = impact("v2_70facbbed3.json", "v2_3e624772b8.json");
    const statusOnly = impact("v2_70facbbed3.json", "v2_3e624772b8.json", "merchant/tsconfig.status.json");
    expect(whole.code).toBe(1);
    expect([statusOnly.code, statusOnly.report?.summary.breaking]).toEqual([0, 0]);
    expect(statusOnly.report?.changes.length).toBeGreaterThan(0);
  });

  it("2024-07-05 (V1): the V1 OTP request is found, and the pair's breaking changes elsewhere give exit 0", () => {
    const { code, report } = impact("v1_73c5d21e4d.json", "v1_14ae9e8a15.json");
    expect(code).toBe(0);
    expect(report?.summary.breaking).toBe(0);
    const sites = report?.changes.flatMap((change) =>
      change.sites.map((site) => `${site.file}:${site.line}`),
    );
    expect(new Set(sites)).toEqual(new Set(["src/v1-otp.ts:10"]));
  });

  it("2024-08-09 (V2): renamed error tags reach nothing this code calls", () => {
    const { code, report } = impact("v2_fbfd3f5111.json", "v2_4591c04061.json");
    // The renames are in promotion and billing-key payment errors; the code calls neither.
    expect(report?.changes.filter((change) => change.id.startsWith("discriminator-value-renamed"))).toEqual(
      [],
    );
    expect(code).toBe(0);
  });

  it("fails with exit 2 and one line for a project that is not there", () => {
    const { code, err } = impact("v2_70facbbed3.json", "v2_3e624772b8.json", "merchant/missing.json");
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toEqual([
      expect.stringMatching(/^error: .*merchant\/missing\.json: no such TypeScript project/),
    ]);
  });
});
