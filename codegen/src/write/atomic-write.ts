import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkOutputDirectory, MANIFEST_FILE, manifestText } from "./output-guard.js";

/** The files of one output directory (`generated/v2`), paths relative to it. */
export interface OutputTree {
  readonly dir: string;
  readonly files: readonly { readonly path: string; readonly text: string }[];
}

const STAGING = /^\.(.+)\.portone-typed-(?:new|old)-(\d+)-[0-9a-f]+$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes staging directories that a run killed mid-write left beside `target`. */
async function removeAbandonedStaging(target: string): Promise<void> {
  const parent = path.dirname(target);
  const entries = await readdir(parent).catch(() => []);
  await Promise.all(
    entries.map((entry) => {
      const match = STAGING.exec(entry);
      const abandoned = match?.[1] === path.basename(target) && !isRunning(Number(match[2]));
      return abandoned ? rm(path.join(parent, entry), { recursive: true, force: true }) : undefined;
    }),
  );
}

/**
 * Writes every tree into a temporary directory beside its target and only then swaps them
 * in, so an error at any point leaves the previous output as it was. A directory is
 * replaced whole: files an older run wrote and this one did not are gone, which is why a
 * directory holding anything else is refused (see output-guard.ts) and each tree records
 * what it wrote in a manifest.
 */
export async function writeTreesAtomically(trees: readonly OutputTree[]): Promise<void> {
  for (const parent of new Set(trees.map((tree) => path.dirname(path.resolve(tree.dir))))) {
    await checkOutputDirectory(
      parent,
      trees.map((tree) => tree.dir).filter((dir) => path.dirname(path.resolve(dir)) === parent),
    );
  }
  const token = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const staged: { target: string; temporary: string; backup: string }[] = [];
  try {
    for (const tree of trees) {
      const target = path.resolve(tree.dir);
      const parent = path.dirname(target);
      await removeAbandonedStaging(target);
      const temporary = path.join(parent, `.${path.basename(target)}.portone-typed-new-${token}`);
      staged.push({
        target,
        temporary,
        backup: path.join(parent, `.${path.basename(target)}.portone-typed-old-${token}`),
      });
      await mkdir(temporary, { recursive: true });
      const dirs = new Set(tree.files.map((file) => path.dirname(path.join(temporary, file.path))));
      await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
      await Promise.all(tree.files.map((file) => writeFile(path.join(temporary, file.path), file.text)));
      await writeFile(path.join(temporary, MANIFEST_FILE), manifestText(tree.files.map((file) => file.path)));
    }
  } catch (error) {
    await Promise.all(staged.map((entry) => rm(entry.temporary, { recursive: true, force: true })));
    throw error;
  }
  const swapped: typeof staged = [];
  try {
    for (const entry of staged) {
      const hadPrevious = await rename(entry.target, entry.backup).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return false;
          throw error;
        },
      );
      try {
        await rename(entry.temporary, entry.target);
      } catch (error) {
        if (hadPrevious) await rename(entry.backup, entry.target);
        throw error;
      }
      swapped.push(entry);
    }
  } catch (error) {
    // Put back what was already swapped, so all trees change together or none does.
    for (const entry of swapped.reverse()) {
      await rm(entry.target, { recursive: true, force: true });
      await rename(entry.backup, entry.target).catch(() => undefined);
    }
    await Promise.all(staged.map((entry) => rm(entry.temporary, { recursive: true, force: true })));
    throw error;
  }
  await Promise.all(staged.map((entry) => rm(entry.backup, { recursive: true, force: true })));
}

/** Writes one file through a temporary sibling and a rename: readers see the old or the new text, never half. */
export async function writeFileAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}
