import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, type GeneratedApi } from "../../src/generate.js";
import { distinctMatches, wholeModule } from "../helpers/output.js";
import { REAL_V2_SPEC } from "../helpers/paths.js";
import { COMPILERS, typecheck } from "../helpers/typecheck.js";
import { useTempDirs } from "../helpers/specs.js";

function fileText(api: GeneratedApi, file: string): string {
  const found = api.files.find((candidate) => candidate.path === file);
  if (!found) throw new Error(`no ${file} in the output`);
  return found.text;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe("generation from the real V2 spec", () => {
  const tempDir = useTempDirs();
  let outDir: string;
  let v2: GeneratedApi;

  beforeAll(async () => {
    await readFile(REAL_V2_SPEC).catch(() => {
      throw new Error(`${REAL_V2_SPEC} is missing: run \`pnpm pull-specs\` (or \`npm run setup\`) first`);
    });
    outDir = await mkdtemp(path.join(tmpdir(), "portone-typed-real-v2-"));
    const result = await generate({ specs: { v2: REAL_V2_SPEC }, outDir, formatThreads: 0 });
    [v2] = result.apis as [GeneratedApi];
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("emits every union, error enum and enum of the spec", () => {
    expect(v2.warnings).toEqual([]);
    const whole = (name: string) => wholeModule(v2.files, name);
    const types = whole("types.ts");
    expect(distinctMatches(types, /^export function (isUnrecognized\w+)\(/gm)).toHaveLength(178);
    // Each open to cases PortOne adds, declared once under its name, which `components` refers to.
    const namedUnions = /^export type (\w+) =\s*OpenUnion<\s*"\w+",/gm;
    expect(distinctMatches(types, namedUnions)).toHaveLength(178);
    const unionMembers = new RegExp(
      `^ {4}(\\w+): (?:${distinctMatches(types, namedUnions).join("|")});$`,
      "gm",
    );
    expect(distinctMatches(whole("schema.ts"), unionMembers)).toHaveLength(178);
    const errors = whole("errors.ts");
    // Declared as picks of shared.ts's catalog, but for the one union whose
    // PLATFORM_CURRENCY_NOT_SUPPORTED is another schema than the other unions' (a spec slip).
    const errorConst = (suffix: string) =>
      new RegExp(
        `^export const (\\w+Error${suffix})(?:: (?:ErrorTypes|ErrorStatuses)<\\w+ErrorType> =\\s*| = )\\{$`,
        "gm",
      );
    expect(distinctMatches(errors, errorConst("Type"))).toHaveLength(147);
    expect(distinctMatches(errors, errorConst("Status"))).toHaveLength(147);
    expect(distinctMatches(errors, /^export const (\w+ErrorType) = \{$/gm)).toEqual([
      "CompletePlatformPayoutByPartnerSettlementIdsErrorType",
    ]);
    expect(errors).toMatch(
      /export const SendIdentityVerificationErrorStatus: ErrorStatuses<SendIdentityVerificationErrorType> =\s*\{[^}]*CHANNEL_NOT_FOUND: 404,[^}]*PG_PROVIDER: 502,/,
    );
    expect(distinctMatches(whole("enums.ts"), /^export const (\w+) = \{$/gm)).toHaveLength(118);
    expect(count(whole("operations.ts"), /^ {2}\w+: \{$/gm)).toBe(147);
    // Free-form objects (bypass among them) are open records; only the empty webhooks/$defs stay closed.
    expect(count(fileText(v2, "schema.ts"), /Record<string, never>/g)).toBe(2);
    expect(whole("schema.ts")).toContain("bypass?: Record<string, unknown>;");
  });

  it("gives identity verification its own entry point that loads nothing of other categories", () => {
    const entry = v2.files.filter((file) => file.path.startsWith("categories/identityVerification/"));
    expect(entry.map((file) => file.path.slice("categories/identityVerification/".length)).sort()).toEqual([
      "client.ts",
      "enums.ts",
      "errors.ts",
      "index.ts",
      "operations.ts",
      "schema.ts",
      "types.ts",
    ]);
    for (const file of entry) {
      for (const [, specifier] of file.text.matchAll(/from "([^"]+)"/g)) {
        expect(
          [`./`, `../../shared.js`].some((allowed) => specifier?.startsWith(allowed)),
          `${file.path} imports ${specifier}`,
        ).toBe(true);
      }
    }
    const operations = fileText(v2, "categories/identityVerification/operations.ts");
    expect(count(operations, /^ {2}\w+: \{$/gm)).toBe(5);
    expect(fileText(v2, "categories/identityVerification/schema.ts")).not.toContain("BillingKey");
  });

  it("gives the same bytes when generated again", async () => {
    const again = await generate({ specs: { v2: REAL_V2_SPEC }, outDir: await tempDir(), formatThreads: 0 });
    expect(again.apis[0]?.files).toEqual(v2.files);
  });

  it.each(COMPILERS)("type-checks under strict with $compiler", async ({ tsc }) => {
    expect(await typecheck(outDir, ["v2/**/*.ts"], tsc)).toBe("");
  });
});
