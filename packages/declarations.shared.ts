import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Where the one declaration tree goes, under the package's `dist`. */
const TREE = "types";
const INTERNAL_SPECIFIER = "@portone-typed/internal";

/** The repository the sources are in, and the tree their declarations go to. */
interface Tree {
  repoDir: string;
  outDir: string;
}

/**
 * A client package's declarations, written once and shared: the compiler's declaration output for
 * every source file (the package's, the generated code's, @portone-typed/internal's), laid out as
 * in the repository under `dist/types`, and per entry point a one-line `.d.ts` and `.d.cts` that
 * re-export its file. Bundling declarations per entry and per module format (what tsup does)
 * shipped the same generated types up to four times.
 *
 * The tree is CommonJS-format (`dist/types/package.json`): an ES module may import a CommonJS
 * declaration, while the reverse needs `resolution-mode` attributes that TypeScript before 5.3
 * does not read.
 */
export function emitSharedDeclarations(packageDir: string, entry: Record<string, string>): void {
  const dist = path.join(packageDir, "dist");
  const tree: Tree = { repoDir: path.resolve(packageDir, "..", ".."), outDir: path.join(dist, TREE) };
  const { repoDir, outDir } = tree;
  rmSync(outDir, { recursive: true, force: true });
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(packageDir, "tsconfig.build.json"),
    {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      declarationMap: false,
      sourceMap: false,
      outDir,
      rootDir: repoDir,
    },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic], repoDir) },
  )!;
  if (config.errors.length > 0) fail(config.errors, repoDir);
  const program = ts.createProgram(config.fileNames, config.options);
  const emitted = program.emit(
    undefined,
    (fileName, text) => {
      mkdirSync(path.dirname(fileName), { recursive: true });
      writeFileSync(fileName, shrinkIndentation(withInternalResolved(fileName, text, tree)));
    },
    undefined,
    true,
  );
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) fail(diagnostics, repoDir);
  writeFileSync(path.join(outDir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);

  for (const [name, source] of Object.entries(entry)) {
    const declaration = declarationOf(path.resolve(packageDir, source), tree);
    const reExport = `export * from "./${toPosix(path.relative(dist, declaration))}";\n`;
    for (const extension of [".d.ts", ".d.cts"])
      writeFileSync(path.join(dist, `${name}${extension}`), reExport);
  }
}

/** The path, ending in `.js`, by which a declaration of `source` in the tree is imported. */
function declarationOf(source: string, { repoDir, outDir }: Tree): string {
  return path.join(outDir, path.relative(repoDir, source)).replace(/\.tsx?$/, ".js");
}

/** @portone-typed/internal is not published: its import becomes a path into the tree. */
function withInternalResolved(fileName: string, text: string, tree: Tree): string {
  if (!text.includes(INTERNAL_SPECIFIER)) return text;
  const internalIndex = path.join(tree.repoDir, "packages", "internal", "src", "index.ts");
  let target = toPosix(path.relative(path.dirname(fileName), declarationOf(internalIndex, tree)));
  if (!target.startsWith(".")) target = `./${target}`;
  return text.replaceAll(`"${INTERNAL_SPECIFIER}"`, JSON.stringify(target));
}

/**
 * The compiler indents declarations by four spaces; a tab per level is a fifth of the bytes. Only
 * leading whitespace changes, and declarations hold no multi-line string literals.
 */
function shrinkIndentation(text: string): string {
  return text.replace(/^(?: {4})+/gm, (indent) => "\t".repeat(indent.length / 4));
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

function fail(diagnostics: readonly ts.Diagnostic[], repoDir: string): never {
  throw new Error(
    ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (file) => file,
      getCurrentDirectory: () => repoDir,
      getNewLine: () => "\n",
    }),
  );
}
