import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// attw and publint are this package's devDependencies, pnpm and the rest the workspace root's.
const BINS = [
  path.resolve(REPO_DIR, "tests", "consumer", "node_modules", ".bin"),
  path.join(REPO_DIR, "node_modules", ".bin"),
];

export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PATH: [...BINS, process.env.PATH ?? ""].join(path.delimiter), NO_COLOR: "1" },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** The directory of `name` as Node resolves it from `from` (through pnpm's symlinks), if installed. */
export function installedDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) return undefined;
  }
}

function packageDir(name: string, from: string): string {
  const dir = installedDir(name, from);
  if (dir === undefined) throw new Error(`${name} is not installed where ${from} can see it`);
  return dir;
}

export const OUR_PACKAGES = ["v1", "v2"] as const;

/** `pnpm pack`s our packages as they would be published (`files`, exports and all). */
async function packOurs(destination: string): Promise<Record<(typeof OUR_PACKAGES)[number], string>> {
  const tarballs = {} as Record<(typeof OUR_PACKAGES)[number], string>;
  for (const name of OUR_PACKAGES) {
    const before = new Set(await readdir(destination));
    run("pnpm", ["pack", "--pack-destination", destination], path.join(REPO_DIR, "packages", name));
    const packed = (await readdir(destination)).find((file) => !before.has(file));
    if (!packed) throw new Error(`pnpm pack wrote no tarball for packages/${name}`);
    tarballs[name] = path.join(destination, packed);
  }
  return tarballs;
}

/**
 * What npm would fetch from the registry for a consumer, packed from the workspace's installed
 * copies instead, so the install needs no network: the packages' one dependency
 * (openapi-fetch, with its types helper) and the consumer's own @types/node.
 */
async function packThirdParty(destination: string): Promise<void> {
  const openapiFetch = packageDir("openapi-fetch", path.join(REPO_DIR, "packages", "v2"));
  const helpers = packageDir("openapi-typescript-helpers", openapiFetch);
  const typesNode = packageDir("@types/node", path.join(REPO_DIR, "tests", "consumer"));
  const undiciTypes = packageDir("undici-types", typesNode);
  // The official SDK, for the migration page's "before" program.
  const serverSdk = packageDir("@portone/server-sdk", path.join(REPO_DIR, "tests", "consumer"));
  for (const dir of [openapiFetch, helpers, typesNode, undiciTypes, serverSdk]) {
    // A copy first: pnpm's store hard-links identical files, tar records the second as a link,
    // and npm does not extract links (openapi-typescript-helpers would lose its index.d.ts).
    const copy = path.join(destination, "src", path.basename(dir));
    await cp(dir, copy, { recursive: true });
    run(
      "npm",
      ["pack", copy, "--ignore-scripts", "--pack-destination", destination, "--silent"],
      destination,
    );
  }
}

/**
 * A merchant's `package.json` in `project`, and `npm install` of the given tarballs with no
 * network: everything it needs must be among them (peers included: none is fetched).
 */
export async function installOffline(
  project: string,
  root: string,
  tarballs: readonly string[],
): Promise<void> {
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify({ name: "merchant-app", private: true }, null, 2),
  );
  run(
    "npm",
    [
      "install",
      "--offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--legacy-peer-deps",
      "--cache",
      path.join(root, "npm-cache"),
      ...tarballs,
    ],
    project,
  );
}

/** What the identity verification flow prints, on every runtime and module format. */
export const FLOW_OUTPUT = [
  "v2 wrong code: PG_PROVIDER 502",
  "v2 confirmed: VERIFIED 홍길동",
  "v1 wrong code: api -1",
  "v1 confirmed: 홍길동 true",
  "webhook: Transaction.Cancelled c-1",
  "webhook tampered: NO_MATCHING_SIGNATURE",
];

export interface ConsumerProject {
  /** The consumer's project directory. */
  project: string;
  /** The tarballs of @portone-typed/v1 and /v2 it installed, exactly as `pnpm publish` would upload them. */
  tarballs: Record<(typeof OUR_PACKAGES)[number], string>;
  /** The temporary directory holding both; remove it when done. */
  root: string;
}

/**
 * A consumer's project in a temporary directory outside the workspace, with the packed
 * @portone-typed/v1 and /v2 installed by npm (offline, from tarballs only).
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const root = await mkdtemp(path.join(tmpdir(), "portone-typed-consumer-"));
  const tarballs = path.join(root, "tarballs");
  const project = path.join(root, "project");
  await mkdir(tarballs);
  await mkdir(project);
  const ours = await packOurs(tarballs);
  await packThirdParty(tarballs);
  const files = (await readdir(tarballs))
    .filter((file) => file.endsWith(".tgz"))
    .map((file) => path.join(tarballs, file));
  await installOffline(project, root, files);
  return { project, tarballs: ours, root };
}

/** Runs the TypeScript compiler of the workspace (the consumer's choice of tool) on a project. */
export function tsc(project: string, tsconfig: string): string {
  return run(
    process.execPath,
    [path.join(REPO_DIR, "node_modules", "typescript", "bin", "tsc"), "-p", tsconfig],
    project,
  );
}

export function node(project: string, file: string): string {
  return run(process.execPath, [file], project);
}
