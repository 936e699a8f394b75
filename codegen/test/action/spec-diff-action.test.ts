// The GitHub Action's step (action/spec-diff.mjs), run as the runner runs it: inputs in INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the exit status as the step's.
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_DIR, SPEC_HISTORY_DIR } from "../helpers/paths.js";
import { useTempDirs } from "../helpers/specs.js";

const STEP = path.join(REPO_DIR, "action", "spec-diff.mjs");
const CLI = path.join(REPO_DIR, "codegen", "bin", "portone-typed.js");
const tempDir = useTempDirs();

/** A merchant's checkout with the V2 spec they pin and a candidate, and the runner's files. */
async function runner(pinned = "v2_70facbbed3.json", candidate = "v2_3e624772b8.json") {
  const workspace = await tempDir();
  await mkdir(path.join(workspace, "specs"));
  await copyFile(path.join(SPEC_HISTORY_DIR, "v2", pinned), path.join(workspace, "specs", "v2.openapi.json"));
  await copyFile(path.join(SPEC_HISTORY_DIR, "v2", candidate), path.join(workspace, "candidate.json"));
  const files = {
    output: path.join(workspace, "github-output"),
    summary: path.join(workspace, "summary.md"),
  };
  await writeFile(files.output, "");
  await writeFile(files.summary, "");
  return { workspace, ...files };
}

function step(env: Record<string, string>, cli = CLI) {
  const result = spawnSync(process.execPath, [STEP], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", PORTONE_TYPED_CLI: cli, INPUT_VERSION: "0.1.0", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the spec-diff action's step", () => {
  it("annotates, writes the report to the job summary and the counts to the outputs, and fails on breaking changes", async () => {
    const run = await runner();
    const { code, out } = step({
      GITHUB_WORKSPACE: run.workspace,
      GITHUB_OUTPUT: run.output,
      GITHUB_STEP_SUMMARY: run.summary,
      INPUT_PINNED: "specs/v2.openapi.json",
      INPUT_CANDIDATE: "candidate.json",
    });
    expect(code).toBe(1);
    // Three breaking changes, two findings: the two enum values removed from CancelRequester are one.
    const errors = out.split("\n").filter((line) => line.startsWith("::error "));
    expect(errors).toHaveLength(2);
    expect(errors.join("\n")).toContain('CancelRequester: 2 enum values removed: "Admin", "Customer"');
    expect(await readFile(run.output, "utf8")).toBe("breaking=3\nwarnings=0\nexit-code=1\n");
    const summary = await readFile(run.summary, "utf8");
    expect(summary).toMatch(
      /^## PortOne spec diff: ❌ 3 breaking changes\n\n`specs\/v2.openapi.json` → `candidate.json`/,
    );
  });

  it("passes with fail-on never, and on warnings fails only with fail-on warning", async () => {
    const run = await runner();
    const inputs = {
      GITHUB_WORKSPACE: run.workspace,
      INPUT_PINNED: "specs/v2.openapi.json",
      INPUT_CANDIDATE: "candidate.json",
    };
    expect(step({ ...inputs, INPUT_FAIL_ON: "never" }).code).toBe(0);
    // 2025-03-13: 28 warnings, nothing breaking.
    const warned = await runner("v2_2cde9cdd7d.json", "v2_4e9ed7ec0d.json");
    const warnedInputs = { ...inputs, GITHUB_WORKSPACE: warned.workspace };
    expect(step(warnedInputs).code).toBe(0);
    expect(step({ ...warnedInputs, INPUT_FAIL_ON: "warning" }).code).toBe(1);
  });

  it("reads portone@COMMIT as PortOne's published spec at that commit, and portone@main by default", async () => {
    const run = await runner();
    // A stand-in CLI that records what it was asked to diff.
    const recorder = path.join(run.workspace, "record-cli.mjs");
    await writeFile(
      recorder,
      `import { appendFileSync, writeFileSync } from "node:fs";
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(path.join(run.workspace, "calls"))}, JSON.stringify(args) + "\\n");
const output = args.indexOf("--output");
if (output >= 0) writeFileSync(args[output + 1], JSON.stringify({ summary: { breaking: 0, warning: 0 } }));
`,
    );
    const { code } = step(
      {
        GITHUB_WORKSPACE: run.workspace,
        INPUT_API: "v1",
        INPUT_PINNED: "portone@0a8743aae939dbee11449224d3042604a2ab5a19",
      },
      recorder,
    );
    expect(code).toBe(0);
    const [json, github] = (await readFile(path.join(run.workspace, "calls"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as string[]);
    const raw = "https://raw.githubusercontent.com/portone-io/developers.portone.io";
    expect(json?.slice(0, 3)).toEqual([
      "diff",
      `${raw}/0a8743aae939dbee11449224d3042604a2ab5a19/src/schema/v1.openapi.json`,
      `${raw}/main/src/schema/v1.openapi.json`,
    ]);
    expect(json).toEqual(expect.arrayContaining(["--format", "json", "--fail-on", "breaking"]));
    expect(github).toEqual(
      expect.arrayContaining([
        "--format",
        "github",
        "--old-label",
        "PortOne v1 @ 0a8743aae939dbee11449224d3042604a2ab5a19",
      ]),
    );
  });

  it.each([
    [{ INPUT_PINNED: "" }, 'input "pinned" is empty: give a file, a URL or portone@COMMIT'],
    [{ INPUT_PINNED: "specs/missing.json" }, 'input "pinned": specs/missing.json does not exist in'],
    [
      { INPUT_PINNED: "http://example.com/v2.json" },
      'input "pinned": only https URLs are fetched, not http://example.com/v2.json',
    ],
    [
      { INPUT_PINNED: "portone@../../etc" },
      'input "pinned": "../../etc" is not a commit or branch of portone-io/developers.portone.io',
    ],
    [
      { INPUT_PINNED: "specs/v2.openapi.json", INPUT_FAIL_ON: "always" },
      'input "fail-on" is "always": use breaking, warning, never',
    ],
    [{ INPUT_PINNED: "specs/v2.openapi.json", INPUT_API: "v3" }, 'input "api" is "v3": use v1 or v2'],
  ])("refuses bad input with one line that names it (%o)", async (inputs, message) => {
    const run = await runner();
    const { code, out } = step({ GITHUB_WORKSPACE: run.workspace, GITHUB_OUTPUT: run.output, ...inputs });
    expect(code).toBe(2);
    expect(out).toContain(`::error title=PortOne spec diff::${message}`);
    expect(out.trim().split("\n")).toHaveLength(1);
    expect(await readFile(run.output, "utf8")).toBe("");
  });

  it("fails with the diff's own error when a spec is not one", async () => {
    const run = await runner();
    await writeFile(path.join(run.workspace, "candidate.json"), '{"not": "a spec"}');
    const { code, out } = step({
      GITHUB_WORKSPACE: run.workspace,
      INPUT_PINNED: "specs/v2.openapi.json",
      INPUT_CANDIDATE: "candidate.json",
    });
    expect(code).toBe(2);
    expect(out).toMatch(
      /^::error title=PortOne spec diff::error: .*candidate\.json.*not an OpenAPI 3 or Swagger 2\.0 document\n$/,
    );
  });
});
