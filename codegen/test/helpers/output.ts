import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * One module of the generated output as a whole: the root's and each category's copy, joined.
 * The root entry point is made of its categories' modules, so what a module defines for the
 * whole API is spread over them; a schema several categories hold is in each of their copies.
 */
export function wholeModule(files: readonly { path: string; text: string }[], name: string): string {
  return files
    .filter(
      (file) =>
        file.path === name || new RegExp(`^categories/[^/]+/${name.replace(".", "\\.")}$`).test(file.path),
    )
    .map((file) => file.text)
    .join("\n");
}

/** The distinct first groups of `pattern`'s matches: what a module defines, however many copies hold it. */
export function distinctMatches(text: string, pattern: RegExp): string[] {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ""))];
}

/** wholeModule of an API's output directory on disk (`out/v2`). */
export async function wholeModuleOnDisk(apiDir: string, name: string): Promise<string> {
  const categories = await readdir(path.join(apiDir, "categories")).catch(() => []);
  const files = await Promise.all(
    [name, ...categories.sort().map((category) => `categories/${category}/${name}`)].map(async (file) => ({
      path: file,
      text: await readFile(path.join(apiDir, file), "utf8"),
    })),
  );
  return wholeModule(files, name);
}
