import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import type { ApiName } from "../../src/model/model.js";
import { HOSTILE_TEXT, PWNED, hostileV1, hostileV2 } from "../helpers/hostile.js";
import { miniSpec, useTempDirs, v1MiniSpec, writeJson, type Json } from "../helpers/specs.js";
import { COMPILERS, typecheck } from "../helpers/typecheck.js";

const TOP_LEVEL_DECLARATIONS = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.VariableStatement,
]);

/** What in a generated file is not a declaration, or computes at load time (a call, a template). */
function codeOutsideDeclarations(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${file}:${line + 1}: ${ts.SyntaxKind[node.kind]}`;
  };
  const noLoadTimeCode = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (
      ts.isCallExpression(node) ||
      ts.isNewExpression(node) ||
      ts.isTaggedTemplateExpression(node) ||
      ts.isTemplateExpression(node) ||
      ts.isBinaryExpression(node)
    )
      found.push(where(node));
    ts.forEachChild(node, noLoadTimeCode);
  };
  for (const statement of source.statements) {
    if (!TOP_LEVEL_DECLARATIONS.has(statement.kind)) found.push(where(statement));
    else if (ts.isVariableStatement(statement)) noLoadTimeCode(statement);
  }
  return found;
}

async function generateHostile(api: ApiName, spec: Json, dir: string) {
  const file = await writeJson(path.join(dir, `${api}.json`), spec);
  return generate({
    specs: { [api]: file },
    outDir: path.join(dir, "generated"),
    include: { v1: ["**"] },
    formatThreads: 0,
  });
}

/** Each generated file as JavaScript beside it, so the output can be imported as a consumer would. */
async function transpileAll(files: readonly { path: string; text: string }[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  for (const file of files) {
    const js = ts.transpileModule(file.text, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const target = path.join(dir, file.path.replace(/\.ts$/, ".js"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, js);
  }
}

describe.each([
  ["v2", hostileV2, miniSpec],
  ["v1", hostileV1, v1MiniSpec],
] as const)("a %s spec whose every text is hostile", (api, hostile, fixture) => {
  const tempDir = useTempDirs();
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[PWNED];
  });

  it("generates declarations only, which type-check and import without running any spec text", async () => {
    const dir = await tempDir();
    const spec = hostile(await fixture());
    const operationCount = Object.values(spec.paths as Json).flatMap((item) =>
      Object.values(item as Json).filter((operation) => typeof operation?.operationId === "string"),
    ).length;
    const result = await generateHostile(api, spec, dir);
    const files = result.apis[0]?.files ?? [];
    expect(files.length).toBeGreaterThan(5);

    expect(files.flatMap((file) => codeOutsideDeclarations(file.path, file.text))).toEqual([]);
    // The hostile text survived into the docs, escaped, rather than being dropped.
    const all = files.map((file) => file.text).join("\n");
    expect(all).toContain("*\\/ globalThis.__portoneTypedPwned = 1; /*");

    const outDir = path.join(dir, "generated", api);
    for (const { tsc } of COMPILERS) expect(await typecheck(outDir, ["**/*.ts"], tsc)).toBe("");

    const jsDir = path.join(dir, "js");
    await transpileAll(files, jsDir);
    const entry = (await import(pathToFileURL(path.join(jsDir, "index.js")).href)) as Record<string, any>;
    for (const file of files.filter((file) => file.path.endsWith("index.ts"))) {
      await import(pathToFileURL(path.join(jsDir, file.path.replace(/\.ts$/, ".js"))).href);
    }
    expect((globalThis as Record<string, unknown>)[PWNED]).toBeUndefined();

    // `__proto__` is an own key of the table, not its prototype.
    const table = entry.operationTable as Record<string, unknown>;
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
    expect(Object.hasOwn(table, "__proto__")).toBe(true);
    expect(Object.keys(table)).toHaveLength(operationCount);
    expect(Object.keys(table).some((key) => key.endsWith(HOSTILE_TEXT))).toBe(true);
  }, 120_000);
});

describe("hostile enum values (v2)", () => {
  const tempDir = useTempDirs();
  it("are own keys of the runtime const, with their exact text as the value", async () => {
    const dir = await tempDir();
    const result = await generateHostile("v2", hostileV2(await miniSpec()), dir);
    await transpileAll(result.apis[0]?.files ?? [], path.join(dir, "js"));
    const entry = (await import(pathToFileURL(path.join(dir, "js", "index.js")).href)) as Record<string, any>;
    const operator = entry.IdentityVerificationOperator as Record<string, string>;
    expect(Object.getPrototypeOf(operator)).toBe(Object.prototype);
    expect(operator.__proto__).toBe("__proto__");
    expect(operator[HOSTILE_TEXT]).toBe(HOSTILE_TEXT);
    expect(operator["1st"]).toBe("1st");
  }, 60_000);
});
