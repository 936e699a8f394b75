import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "../../src/generate.js";
import { sha256Hex } from "../../src/load/load-spec.js";
import { REPO_DIR, SPEC_HISTORY_DIR } from "../helpers/paths.js";

export const historySpec = (name: string) => path.join(SPEC_HISTORY_DIR, name.slice(0, 2), `${name}.json`);

/** Everything an update may write, as file → sha256, to tell whether anything changed. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const dir of ["specs", "generated", ".changeset"]) {
    const base = path.join(root, dir);
    if (!existsSync(base)) continue;
    for (const entry of await readdir(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(root, file)] = sha256Hex(await readFile(file));
    }
  }
  return files;
}

/**
 * A copy of the workspace as an update sees it, in `root`: the pins (V2 at `v2Spec`, V1 as in
 * the repository), the pulled specs, output generated from them and, with `packages`, the
 * client packages (sources copied, node_modules linked to the real ones).
 */
export async function createWorkspace(
  root: string,
  { v2Spec, packages = false }: { v2Spec: string; packages?: boolean },
): Promise<void> {
  await mkdir(path.join(root, "specs"), { recursive: true });
  await mkdir(path.join(root, ".changeset"), { recursive: true });
  await cp(path.join(REPO_DIR, ".changeset", "config.json"), path.join(root, ".changeset", "config.json"));
  await cp(v2Spec, path.join(root, "specs", "v2.openapi.json"));
  await cp(path.join(REPO_DIR, "specs", "v1.openapi.json"), path.join(root, "specs", "v1.openapi.json"));
  const sources = JSON.parse(await readFile(path.join(REPO_DIR, "specs", "sources.json"), "utf8"));
  sources.specs.v2 = {
    ...sources.specs.v2,
    commit: `${path.basename(v2Spec, ".json").slice(3)}${"0".repeat(30)}`,
    date: "2000-01-01",
    sha256: sha256Hex(await readFile(v2Spec)),
  };
  await writeFile(path.join(root, "specs", "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
  if (!packages) return;
  await cp(path.join(REPO_DIR, "tsconfig.base.json"), path.join(root, "tsconfig.base.json"));
  for (const entry of await readdir(path.join(REPO_DIR, "packages"), { withFileTypes: true })) {
    if (entry.isFile())
      await cp(path.join(REPO_DIR, "packages", entry.name), path.join(root, "packages", entry.name));
  }
  for (const name of ["internal", "v1", "v2"]) {
    const from = path.join(REPO_DIR, "packages", name);
    await cp(from, path.join(root, "packages", name), {
      recursive: true,
      filter: (source) =>
        source === from || !["node_modules", "dist", ".turbo"].includes(path.basename(source)),
    });
    await symlink(path.join(from, "node_modules"), path.join(root, "packages", name, "node_modules"), "dir");
  }
  await generate({ cwd: root, onWarning: () => {} });
}
