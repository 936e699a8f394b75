#!/usr/bin/env node
// The GitHub Action's step (../action.yml): reads its inputs from the environment, resolves the
// two specs, and runs `portone-typed diff` twice: as JSON for the step's outputs and exit status,
// and as GitHub annotations, which append the Markdown report to the job summary. Plain Node, no
// dependencies: it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const PORTONE_REPOSITORY = "portone-io/developers.portone.io";
const APIS = ["v1", "v2"];
const FAIL_ON = ["breaking", "warning", "never"];
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

export class InputError extends Error {}

/** Where a spec input points: `portone@REF`, an https URL, or a file in the workspace. */
export function resolveSpec(name, value, api, workspace) {
  const text = value.trim();
  if (text === "") throw new InputError(`input "${name}" is empty: give a file, a URL or portone@COMMIT`);
  const portone = /^portone@(.*)$/.exec(text);
  if (portone) {
    const ref = portone[1];
    if (!REF.test(ref) || ref.includes(".."))
      throw new InputError(`input "${name}": "${ref}" is not a commit or branch of ${PORTONE_REPOSITORY}`);
    return {
      source: `https://raw.githubusercontent.com/${PORTONE_REPOSITORY}/${ref}/src/schema/${api}.openapi.json`,
      label: `PortOne ${api} @ ${ref}`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!text.startsWith("https://"))
      throw new InputError(`input "${name}": only https URLs are fetched, not ${text}`);
    return { source: text, label: text };
  }
  const file = path.resolve(workspace, text);
  if (!existsSync(file)) throw new InputError(`input "${name}": ${text} does not exist in ${workspace}`);
  return { source: file, label: text };
}

/** The step's inputs, checked: each problem a one-line error that names the input. */
export function readInputs(env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const api = (env.INPUT_API || "v2").trim();
  if (!APIS.includes(api)) throw new InputError(`input "api" is "${api}": use v1 or v2`);
  const failOn = (env.INPUT_FAIL_ON || "breaking").trim();
  if (!FAIL_ON.includes(failOn))
    throw new InputError(`input "fail-on" is "${failOn}": use ${FAIL_ON.join(", ")}`);
  const ignore = (env.INPUT_IGNORE || "").trim();
  if (ignore !== "" && !existsSync(path.resolve(workspace, ignore)))
    throw new InputError(`input "ignore": ${ignore} does not exist in ${workspace}`);
  const version = (env.INPUT_VERSION || "latest").trim();
  if (!/^[A-Za-z0-9.^~<>=*-]+$/.test(version))
    throw new InputError(`input "version" is "${version}": not an npm version`);
  return {
    api,
    failOn,
    version,
    ignore: ignore === "" ? undefined : path.resolve(workspace, ignore),
    pinned: resolveSpec("pinned", env.INPUT_PINNED ?? "", api, workspace),
    candidate: resolveSpec("candidate", env.INPUT_CANDIDATE || "portone@main", api, workspace),
  };
}

/** How to run the CLI: the published package through npx, or a local build (PORTONE_TYPED_CLI). */
function cliCommand(inputs, env) {
  if (env.PORTONE_TYPED_CLI) return [process.execPath, [env.PORTONE_TYPED_CLI]];
  return ["npx", ["--yes", `portone-typed@${inputs.version}`]];
}

/** Runs the diff as the step does; returns its exit status (0, 1 or 2). */
export function runAction(
  env,
  io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.out(`::error title=PortOne spec diff::${error.message}\n`);
    return 2;
  }
  const [command, prefix] = cliCommand(inputs, env);
  const diffArgs = [
    "diff",
    inputs.pinned.source,
    inputs.candidate.source,
    "--fail-on",
    inputs.failOn,
    "--old-label",
    inputs.pinned.label,
    "--new-label",
    inputs.candidate.label,
    ...(inputs.ignore ? ["--ignore", inputs.ignore] : []),
  ];
  const work = mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), "portone-spec-diff-"));
  try {
    const reportFile = path.join(work, "report.json");
    // The JSON report first, with no job summary: the outputs and the exit status come from it.
    const json = spawnSync(command, [...prefix, ...diffArgs, "--format", "json", "--output", reportFile], {
      encoding: "utf8",
      env: { ...env, GITHUB_STEP_SUMMARY: "" },
    });
    if (json.status === 2 || !existsSync(reportFile)) {
      const reason = (json.stderr || json.error?.message || "no report").trim().split("\n")[0];
      io.out(`::error title=PortOne spec diff::${reason}\n`);
      return 2;
    }
    const { summary } = JSON.parse(readFileSync(reportFile, "utf8"));
    // Then the annotations, which also append the Markdown report to the job summary.
    const github = spawnSync(command, [...prefix, ...diffArgs, "--format", "github"], {
      encoding: "utf8",
      env,
    });
    io.out(github.stdout ?? "");
    const status = json.status ?? 2;
    if (env.GITHUB_OUTPUT)
      appendFileSync(
        env.GITHUB_OUTPUT,
        `breaking=${summary.breaking}\nwarnings=${summary.warning}\nexit-code=${status}\n`,
      );
    return status;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = runAction(process.env);
