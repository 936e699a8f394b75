#!/usr/bin/env node
// `npm run spec-diff`: what a spec update would change for clients, per pinned API.
//
//   npm run spec-diff                        pinned spec vs the latest upstream (needs the internet)
//   npm run spec-diff -- --new v2=FILE|URL    pinned spec vs a candidate
//   npm run spec-diff -- --base origin/main   specs pinned at a git ref vs those pinned now (CI)
//
// Other options go to `portone-typed diff` (--format, --fail-on, --verbose). specs/diff-ignore.yaml,
// when present, is the ignore file. Exit: the worst of the per-API diffs (0, 1 breaking, 2 failed).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "codegen", "bin", "portone-typed.js");
const ignoreFile = path.join(root, "specs", "diff-ignore.yaml");

class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

function parseArgs(argv) {
  const options = { base: undefined, candidates: {}, passThrough: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => argv[++index] ?? fail(`${arg} needs a value`);
    if (arg === "--base") options.base = value();
    else if (arg === "--new") {
      const match = /^(v\d)=(.+)$/.exec(value());
      if (!match) fail("--new takes API=FILE or API=URL, e.g. v2=./v2.openapi.json");
      options.candidates[match[1]] = match[2];
    } else if (arg === "--output") fail("--output is not supported here: redirect standard output instead");
    else options.passThrough.push(arg);
  }
  return options;
}

function run(args, { capture = false } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
  });
  return { status: result.status ?? 2, stdout: result.stdout ?? "" };
}

/** Pulls the specs a sources.json pins into `dir` (checking their sha256) and returns the pins. */
function pullPinned(sourcesText, dir) {
  mkdirSync(dir, { recursive: true });
  const sourcesFile = path.join(dir, "sources.json");
  writeFileSync(sourcesFile, sourcesText);
  const { status } = run(["pull", "--sources", sourcesFile, "--out", dir], { capture: true });
  if (status !== 0) fail(`could not pull the specs pinned in ${sourcesFile}`);
  return JSON.parse(sourcesText).specs;
}

function gitShow(ref, file) {
  const result = spawnSync("git", ["show", `${ref}:${file}`], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) fail(`git show ${ref}:${file} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

// A pin names its version by commit, by URL, or (taken from a file) by sha256 alone.
const version = (pin) => pin.commit?.slice(0, 10) ?? pin.url ?? `sha256 ${pin.sha256.slice(0, 10)}`;
const label = (api, pin) => `${api} @ ${version(pin)}${pin.date ? `, ${pin.date}` : ""}`;

const work = mkdtempSync(path.join(os.tmpdir(), "portone-spec-diff-"));
try {
  if (!existsSync(path.join(root, "codegen", "dist", "cli.js"))) {
    fail("the CLI is not built: run `npm run setup` first");
  }
  const options = parseArgs(process.argv.slice(2));
  const currentText = readFileSync(path.join(root, "specs", "sources.json"), "utf8");
  const current = pullPinned(currentText, path.join(work, "current"));
  const pairs = [];
  if (options.base) {
    const base = pullPinned(gitShow(options.base, "specs/sources.json"), path.join(work, "base"));
    for (const api of Object.keys(current).sort()) {
      if (!base[api]) process.stdout.write(`${api}: newly pinned, nothing to compare with\n`);
      else if (base[api].sha256 === current[api].sha256) process.stdout.write(`${api}: pin unchanged\n`);
      else
        pairs.push({
          api,
          old: path.join(work, "base", `${api}.openapi.json`),
          oldLabel: label(api, base[api]),
          new: path.join(work, "current", `${api}.openapi.json`),
          newLabel: label(api, current[api]),
        });
    }
  } else {
    for (const api of Object.keys(current).sort()) {
      const pin = current[api];
      // Without a candidate: the file as upstream publishes it now.
      const latest = `https://raw.githubusercontent.com/${pin.repository}/HEAD/${pin.path}`;
      const candidate =
        options.candidates[api] ?? (Object.keys(options.candidates).length === 0 ? latest : undefined);
      if (candidate) {
        pairs.push({
          api,
          old: path.join(work, "current", `${api}.openapi.json`),
          oldLabel: label(api, pin),
          new: candidate,
          newLabel: candidate === latest ? `${api} @ upstream HEAD` : candidate,
        });
      }
    }
  }
  const ignore = existsSync(ignoreFile) ? ["--ignore", ignoreFile] : [];
  let exitCode = 0;
  for (const pair of pairs) {
    process.stderr.write(`${pair.api}: ${pair.oldLabel} → ${pair.newLabel}\n`);
    const labels = ["--old-label", pair.oldLabel, "--new-label", pair.newLabel];
    const { status } = run(["diff", pair.old, pair.new, ...labels, ...ignore, ...options.passThrough]);
    exitCode = Math.max(exitCode, status);
  }
  process.exitCode = exitCode;
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  process.stderr.write(`spec-diff: ${error.message}\n`);
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
