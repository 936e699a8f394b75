import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, realpath, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../emit/entry-files.js";
import type { ApiName } from "../model/model.js";
import { pulledSpecPath } from "../options.js";

/** The new output and spec of one API, to check the package that ships it against. */
export interface Candidate {
  readonly api: ApiName;
  readonly files: readonly OutputFile[];
  readonly spec: Uint8Array;
}

/** How a check is run; tests may run it differently. */
export type RunCommand = (
  command: string,
  args: readonly string[],
  cwd: string,
) => Promise<{ status: number; output: string }>;

/** A staging directory's name; the workspace's .gitignore and .prettierignore list the pattern. */
export const STAGING_PREFIX = ".portone-typed-update-";

const SKIPPED = new Set(["node_modules", "dist", ".turbo"]);

export const runCommand: RunCommand = (command, args, cwd) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, CI: "1", FORCE_COLOR: "0" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status: status ?? 1, output }));
  });

/** The last lines of a command's output: where compilers and test runners say what failed. */
function tail(output: string, lines = 40): string {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}

/**
 * A copy of the packages that ship `candidates` (and the internal package they share), beside
 * the workspace so relative imports of `generated/` and `specs/` land on the new output; their
 * node_modules are the workspace's, linked.
 */
async function stage(root: string, candidates: readonly Candidate[]): Promise<string> {
  const staging = path.join(root, `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(staging);
  await cp(path.join(root, "tsconfig.base.json"), path.join(staging, "tsconfig.base.json"));
  // generated/ is ES modules by the workspace root's package.json, as it is here.
  await writeFile(
    path.join(staging, "package.json"),
    `${JSON.stringify({ private: true, type: "module" })}\n`,
  );
  // Configuration the packages share (packages/vitest.shared.ts and the like).
  for (const entry of await readdir(path.join(root, "packages"), { withFileTypes: true })) {
    if (entry.isFile())
      await cp(path.join(root, "packages", entry.name), path.join(staging, "packages", entry.name));
  }
  for (const name of ["internal", ...candidates.map((candidate) => candidate.api)]) {
    const from = path.join(root, "packages", name);
    const to = path.join(staging, "packages", name);
    await cp(from, to, {
      recursive: true,
      filter: (source) => !SKIPPED.has(path.basename(source)) || source === from,
    });
    if (existsSync(path.join(from, "node_modules")))
      await symlink(await realpath(path.join(from, "node_modules")), path.join(to, "node_modules"), "dir");
  }
  for (const candidate of candidates) {
    for (const file of candidate.files) {
      const target = path.join(staging, "generated", candidate.api, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.text);
    }
    const spec = path.join(staging, pulledSpecPath(candidate.api));
    await mkdir(path.dirname(spec), { recursive: true });
    await writeFile(spec, candidate.spec);
  }
  return staging;
}

/**
 * Type-checks each package that ships a candidate and runs its tests against the candidate's
 * output, in a staging copy; the workspace itself is not touched. Throws with the failing
 * command and the end of its output.
 */
export async function verifyPackages(
  root: string,
  candidates: readonly Candidate[],
  run: RunCommand = runCommand,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const staging = await stage(root, candidates);
  try {
    for (const { api } of candidates) {
      const dir = path.join(staging, "packages", api);
      const bin = (name: string) => path.join(dir, "node_modules", ".bin", name);
      for (const [command, args] of [
        [bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]],
        [bin("vitest"), ["run"]],
      ] as const) {
        const shown = `packages/${api}: ${path.basename(command)} ${args.join(" ")}`;
        onProgress(shown);
        const { status, output } = await run(command, args, dir);
        if (status !== 0) throw new Error(`${shown} failed against the new output:\n${tail(output)}`);
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
