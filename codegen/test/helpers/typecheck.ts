import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { REPO_DIR } from "./paths.js";

const run = promisify(execFile);

export const COMPILERS = [
  { compiler: "TypeScript 5.9", tsc: path.join(REPO_DIR, "node_modules/typescript/bin/tsc") },
  { compiler: "TypeScript 7", tsc: path.join(REPO_DIR, "codegen/node_modules/typescript7/bin/tsc") },
] as const;

/**
 * Type-checks `include` (globs relative to `dir`) as ES modules under the strictest settings a
 * consumer might use, and returns what the compiler printed: empty when it passes.
 */
export async function typecheck(dir: string, include: readonly string[], tsc: string): Promise<string> {
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  const tsconfig = path.join(dir, "tsconfig.json");
  await writeFile(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: false,
        types: [],
      },
      include,
    }),
  );
  const result = await run(process.execPath, [tsc, "-p", tsconfig], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout: string }) => error);
  return result.stdout;
}
