import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { MINI_SPEC, V1_MINI_SPEC } from "./helpers/paths.js";
import { useTempDirs } from "./helpers/specs.js";

describe("portone-typed CLI", () => {
  const tempDir = useTempDirs();

  it("explains every option of generate", async () => {
    const { code, out } = await cli("generate", "--help");
    expect(code).toBe(0);
    for (const option of ["--spec <api=path>", "--out <dir>", "API=PATH or API=URL", "specs/sources.json"])
      expect(out).toContain(option);
  });

  it("generates from --spec into --out", async () => {
    const outDir = path.join(await tempDir(), "out");
    const { code, out } = await cli("generate", "--spec", `v2=${MINI_SPEC}`, "--out", outDir);
    expect(code).toBe(0);
    expect(out).toBe(`v2: 25 files in ${path.join(outDir, "v2")}\n`);
    expect(
      await readFile(path.join(outDir, "v2", "categories", "identityVerification", "index.ts"), "utf8"),
    ).toContain("export * from");
  });

  it("generates V1 with --include globs", async () => {
    const outDir = path.join(await tempDir(), "out");
    const { code, out } = await cli(
      "generate",
      "--spec",
      `v1=${V1_MINI_SPEC}`,
      "--include",
      "v1=/users/**",
      "--include",
      "v1=/certifications/otp/*",
      "--out",
      outDir,
    );
    expect(code).toBe(0);
    const table = await readFile(path.join(outDir, "v1", "operations.ts"), "utf8");
    expect([...table.matchAll(/^ {2}(\w+): \{$/gm)].map((match) => match[1])).toEqual([
      "getToken",
      "requestOTP",
    ]);
    expect(out).toContain(`v1: `);
  });

  it.each([
    { args: ["generate", "--spec", "v2"], want: /expected API=VALUE \(e\.g\. v2=specs\/v2\.openapi\.json\)/ },
    {
      args: ["generate", "--include", "v1"],
      want: /expected API=VALUE \(e\.g\. v1=\/certifications\/\*\*\)/,
    },
    {
      args: ["generate", "--spec", `v1=${V1_MINI_SPEC}`, "--include", "v1=\/nothing\/**"],
      want: /include pattern "\/nothing\/\*\*" match no path/,
    },
    { args: ["generate", "--spec", "v9=x.json"], want: /unknown API "v9"/ },
    {
      args: ["generate", "--spec", "v2=/nonexistent/spec.json"],
      want: /error: \/nonexistent\/spec\.json: cannot read spec: no such file/,
    },
    { args: ["frobnicate"], want: /unknown command 'frobnicate'/ },
  ])("exits 1 with a clear message for $args", async ({ args, want }) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(1);
    expect(err).toMatch(want);
  });
});
