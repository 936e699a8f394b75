// The published CLI seen from a merchant's repository: packed, installed with npm offline outside
// the workspace, and run as `npx portone-typed …` (generate, diff, --help) and as an API.
import { spawnSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliProject, type CliProject } from "./cli-project.js";
import { REPO_DIR, run, tsc } from "./consumer-project.js";

const HISTORY =
  process.env.PORTONE_SPEC_HISTORY_DIR ?? path.join(REPO_DIR, "..", "shared", "specs", "history");

let cli: CliProject | undefined;
beforeAll(async () => {
  cli = await createCliProject();
});
afterAll(async () => {
  if (cli) await rm(cli.root, { recursive: true, force: true });
});

/** `npx portone-typed ARGS` in the merchant's project, offline: its exit code and output. */
function npx(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync("npx", ["--offline", "--no-install", "portone-typed", ...args], {
    cwd: cli!.project,
    encoding: "utf8",
    // A merchant's shell: none of the npm_config_* settings pnpm passes to the scripts it runs.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
      NO_COLOR: "1",
      GITHUB_STEP_SUMMARY: "",
    },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("portone-typed, installed from its tarball", () => {
  it("ships the CLI and its API, nothing of the workspace", async () => {
    const listing = run("tar", ["tzf", cli!.tarball], cli!.project).split("\n");
    expect(listing).toEqual(
      expect.arrayContaining([
        "package/bin/portone-typed.js",
        "package/dist/index.js",
        "package/dist/cli.js",
        "package/README.md",
        "package/overlays/portone-v2-bypass.overlay.json",
      ]),
    );
    expect(listing.filter((file) => /\/(src|test)\//.test(file))).toEqual([]);
    const manifest = JSON.parse(
      await readFile(path.join(cli!.project, "node_modules", "portone-typed", "package.json"), "utf8"),
    );
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["prettier", "swagger2openapi", "ts-morph"]);
  });

  it("--help lists its commands", () => {
    const { code, out } = npx("--help");
    expect(code).toBe(0);
    for (const command of ["generate", "pull", "diff", "impact", "update"])
      expect(out).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("generate writes the V1 and V2 types from the merchant's pinned specs", async () => {
    const specs = path.join(cli!.project, "specs");
    run("mkdir", ["-p", specs], cli!.project);
    for (const api of ["v1", "v2"])
      await writeFile(
        path.join(specs, `${api}.openapi.json`),
        await readFile(path.join(REPO_DIR, "specs", `${api}.openapi.json`)),
      );
    const { code, out, err } = npx(
      "generate",
      "--spec",
      "v2=specs/v2.openapi.json",
      "--spec",
      "v1=specs/v1.openapi.json",
      "--out",
      "src/portone",
    );
    expect([code, err]).toEqual([0, ""]);
    expect(out).toMatch(/^v2: \d+ files in .*src\/portone\/v2$/m);
    // The root's paths are made of the categories'; identity verification's are in its own.
    const file = path.join("v2", "categories", "identityVerification", "schema.ts");
    const schema = await readFile(path.join(cli!.project, "src", "portone", file), "utf8");
    expect(schema).toContain('"/identity-verifications/{identityVerificationId}/send"');
    // The same text the workspace generates (generated/ is built from the same pinned specs).
    expect(schema).toBe(await readFile(path.join(REPO_DIR, "generated", file), "utf8"));
    const root = await readFile(path.join(cli!.project, "src", "portone", "v2", "schema.ts"), "utf8");
    expect(root).toContain("export interface paths");
    expect(root).toBe(await readFile(path.join(REPO_DIR, "generated", "v2", "schema.ts"), "utf8"));
  });

  it("diff exits 1 on a breaking change from PortOne's history, 0 on a compatible one", () => {
    const v2 = (file: string) => path.join(HISTORY, "v2", file);
    const breaking = npx("diff", v2("v2_70facbbed3.json"), v2("v2_3e624772b8.json"), "--format", "markdown");
    expect(breaking.code).toBe(1);
    expect(breaking.out).toMatch(/^## PortOne spec diff: ❌ 3 breaking changes$/m);
    expect(breaking.out).toContain("`SendIdentityVerificationBodyCustomer.ipAddress`");
    const compatible = npx("diff", v2("v2_29696d23e9.json"), v2("v2_8426e5aedd.json"));
    expect(compatible.code).toBe(0);
  });

  it("is an ES module API whose declarations, and its README's example, compile in the merchant's strict project", async () => {
    const program = `import { diffSpecs, failsGate } from "portone-typed";
const [oldSpec, newSpec] = process.argv.slice(2) as [string, string];
const report = await diffSpecs(oldSpec, newSpec);
console.log(report.summary.breaking, failsGate(report, "breaking"), report.changes[0]?.clauses.join(","));
`;
    await writeFile(path.join(cli!.project, "check-spec.mts"), program);
    const readme = await readFile(path.join(REPO_DIR, "codegen", "README.md"), "utf8");
    const examples = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
    expect(examples.length).toBeGreaterThan(0);
    await writeFile(path.join(cli!.project, "readme-example.mts"), `${examples.join("\n")}export {};\n`);
    await writeFile(
      path.join(cli!.project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: "nodenext",
          target: "es2022",
          types: ["node"],
          outDir: "out",
        },
        files: ["check-spec.mts", "readme-example.mts"],
      }),
    );
    tsc(cli!.project, "tsconfig.json");
    const v2 = (file: string) => path.join(HISTORY, "v2", file);
    const out = run(
      process.execPath,
      ["out/check-spec.mjs", v2("v2_70facbbed3.json"), v2("v2_3e624772b8.json")],
      cli!.project,
    );
    expect(out.trim()).toMatch(/^3 true [PER]\d/);
  });
});
