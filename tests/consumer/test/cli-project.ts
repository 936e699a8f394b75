import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { installedDir, installOffline, REPO_DIR, run } from "./consumer-project.js";

const CODEGEN_DIR = path.join(REPO_DIR, "codegen");

/**
 * Every package the published CLI needs at run time, as installed in the workspace: its
 * dependencies and theirs (optional ones where this platform installed them), by directory.
 */
function runtimeClosure(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
      name: string;
      version: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, dir);
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const dependency = installedDir(name, dir);
      if (!dependency) throw new Error(`${name}, a dependency of ${key}, is not installed`);
      visit(dependency);
    }
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
      const dependency = installedDir(name, dir);
      if (dependency) visit(dependency);
    }
  };
  const manifest = JSON.parse(readFileSync(path.join(CODEGEN_DIR, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(manifest.dependencies)) visit(installedDir(name, CODEGEN_DIR)!);
  // The merchant's own types for Node, to type-check a program using the programmatic API.
  visit(installedDir("@types/node", path.join(REPO_DIR, "tests", "consumer"))!);
  return found;
}

/**
 * A package directory as the tarball npm would fetch: its files under `package/`. tar rather than
 * `npm pack` (a second per package, for some eighty): links become files, since pnpm's store
 * hard-links identical files and npm does not extract links.
 */
async function tarball(dir: string, destination: string, key: string): Promise<string> {
  const file = path.join(destination, `${key.replace(/^@/, "").replaceAll("/", "-")}.tgz`);
  await promisify(execFile)("tar", [
    "-czf",
    file,
    "--hard-dereference",
    "--exclude=./node_modules",
    "--transform=s,^\\.,package,",
    "-C",
    dir,
    ".",
  ]);
  return file;
}

export interface CliProject {
  /** A merchant's repository, outside the workspace, with the packed CLI installed. */
  readonly project: string;
  /** The CLI's tarball, exactly as `pnpm publish` would upload it. */
  readonly tarball: string;
  readonly root: string;
}

/** The published `portone-typed` package installed by npm, offline, into a merchant's project. */
export async function createCliProject(): Promise<CliProject> {
  const root = await mkdtemp(path.join(tmpdir(), "portone-typed-cli-"));
  const tarballs = path.join(root, "tarballs");
  const project = path.join(root, "project");
  await mkdir(tarballs);
  await mkdir(project);
  run("pnpm", ["pack", "--pack-destination", tarballs], CODEGEN_DIR);
  const [ours] = await readdir(tarballs);
  if (!ours) throw new Error("pnpm pack wrote no tarball for codegen");
  const dependencies = await Promise.all(
    [...runtimeClosure()].map(([key, dir]) => tarball(dir, tarballs, key)),
  );
  await installOffline(project, root, [path.join(tarballs, ours), ...dependencies]);
  return { project, tarball: path.join(tarballs, ours), root };
}
