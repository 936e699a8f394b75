import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli.js";
import { wholeModuleOnDisk } from "./helpers/output.js";
import { MINI_SPEC, V1_MINI_SPEC } from "./helpers/paths.js";
import { useTempDirs, writeJson } from "./helpers/specs.js";

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
    expect(out).toBe(`v2: 29 files in ${path.join(outDir, "v2")}\n`);
    expect(
      await readFile(path.join(outDir, "v2", "categories", "identityVerification", "index.ts"), "utf8"),
    ).toContain("export * from");
  });

  it("adds --overlay files after the built-in ones, and leaves those out with --no-builtin-overlays", async () => {
    const dir = await tempDir();
    const overlay = await writeJson(path.join(dir, "mine.overlay.json"), {
      overlay: "1.0.0",
      info: { title: "mine", version: "1" },
      actions: [
        {
          target: "$.components.schemas.SendIdentityVerificationBody.properties.customData",
          update: { pattern: "^order-" },
        },
      ],
    });
    const schemaOf = async (...flags: string[]) => {
      const outDir = path.join(dir, `out${flags.length}`);
      const { code } = await cli("generate", "--spec", `v2=${MINI_SPEC}`, ...flags, "--out", outDir);
      expect(code).toBe(0);
      return wholeModuleOnDisk(path.join(outDir, "v2"), "schema.ts");
    };
    const both = await schemaOf("--overlay", `v2=${overlay}`);
    expect(both).toContain("customData?: `order-${string}`;");
    expect(both).toContain("KcpV2IdentityVerificationBypass");
    const mineOnly = await schemaOf("--overlay", `v2=${overlay}`, "--no-builtin-overlays");
    expect(mineOnly).toContain("customData?: `order-${string}`;");
    expect(mineOnly).not.toContain("KcpV2IdentityVerificationBypass");
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
    const table = await wholeModuleOnDisk(path.join(outDir, "v1"), "operations.ts");
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
    {
      args: ["generate", "--spec", `v2=${MINI_SPEC}`, "--overlay", "v2=/nonexistent/o.json"],
      want: /error: \/nonexistent\/o\.json: cannot read spec: no such file/,
    },
    { args: ["frobnicate"], want: /unknown command 'frobnicate'/ },
  ])("exits 1 with a clear message for $args", async ({ args, want }) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(1);
    expect(err).toMatch(want);
  });

  it("exits 1 with one line on a YAML billion-laughs document", async () => {
    const dir = await tempDir();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    }
    const bomb = path.join(dir, "bomb.yaml");
    await writeFile(bomb, `openapi: 3.0.3\n${levels.join("\n")}\n`);
    const { code, err } = await cli("generate", "--spec", `v2=${bomb}`, "--out", path.join(dir, "out"));
    expect(code).toBe(1);
    expect(err).toBe(
      `error: ${bomb}: invalid YAML: its aliases expand beyond 10000 nodes (a resource-exhaustion document?)\n`,
    );
  });

  it("exits 1 at once, with one line, on a FIFO given as the spec", async () => {
    const dir = await tempDir();
    const fifo = path.join(dir, "spec.json");
    execFileSync("mkfifo", [fifo]);
    const { code, err } = await cli("generate", "--spec", `v2=${fifo}`, "--out", path.join(dir, "out"));
    expect(code).toBe(1);
    expect(err).toBe(`error: ${fifo}: cannot read spec: not a regular file (a FIFO)\n`);
  }, 5_000);

  it("keeps a located error on one line when the spec's own text has line breaks", async () => {
    const dir = await tempDir();
    const spec = JSON.parse(await readFile(MINI_SPEC, "utf8"));
    spec.paths["/billing-keys/{billingKey}"].delete.operationId = "getIdentityVerification";
    spec.paths["/identity-verifications/{identityVerificationId}"].get.operationId = "get\nIdentity\u2028";
    spec.paths["/billing-keys/{billingKey}"].delete.operationId = "get\nIdentity\u2028";
    const file = path.join(dir, "spec.json");
    await writeFile(file, JSON.stringify(spec));
    const { code, err } = await cli("generate", "--spec", `v2=${file}`, "--out", path.join(dir, "out"));
    expect(code).toBe(1);
    expect(err.split("\n")).toEqual([
      expect.stringContaining('duplicate operationId "get\\nIdentity\\u2028"'),
      "",
    ]);
  });
});
