import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    ),
  );
  return nested.flat().sort();
}

/**
 * Compares generated files with the golden copies in `dir`. `UPDATE_GOLDEN=1` rewrites them
 * instead; review the diff before committing.
 */
export async function expectGolden(
  dir: string,
  files: readonly { path: string; text: string }[],
): Promise<void> {
  if (process.env.UPDATE_GOLDEN === "1") {
    await rm(dir, { recursive: true, force: true });
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.text);
    }
    return;
  }
  expect(files.map((file) => file.path).sort(), `files in ${dir} (UPDATE_GOLDEN=1 to rewrite)`).toEqual(
    await listFiles(dir),
  );
  for (const file of files) {
    expect(file.text, `${file.path} differs from its golden copy (UPDATE_GOLDEN=1 to rewrite)`).toBe(
      await readFile(path.join(dir, file.path), "utf8"),
    );
  }
}
