import ts from "typescript";

const LOOP_BINDINGS = new Set(["reexportFrom", "reexportNames"]);

/** `Object.defineProperty(exports, "name", { enumerable: true, get: function () { return from.local; } });` */
interface ReexportStatement {
  statement: ts.Statement;
  exported: string;
  from: string;
  local: string;
}

/** The re-export that `statement` is, in the exact shape esbuild writes for CommonJS chunks. */
function reexportOf(statement: ts.Statement): ReexportStatement | undefined {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return;
  const { expression: callee, arguments: args } = statement.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.getText() !== "Object.defineProperty") return;
  const [target, name, descriptor] = args;
  if (args.length !== 3 || !target || target.getText() !== "exports") return;
  if (!name || !ts.isStringLiteral(name) || !descriptor || !ts.isObjectLiteralExpression(descriptor)) return;
  const [enumerable, getter] = descriptor.properties;
  if (descriptor.properties.length !== 2 || enumerable?.getText() !== "enumerable: true") return;
  if (!getter || !ts.isPropertyAssignment(getter) || getter.name.getText() !== "get") return;
  const body = ts.isFunctionExpression(getter.initializer) ? getter.initializer.body.statements : [];
  const [returned] = body;
  if (body.length !== 1 || !returned || !ts.isReturnStatement(returned) || !returned.expression) return;
  const value = returned.expression;
  if (!ts.isPropertyAccessExpression(value) || !ts.isIdentifier(value.expression)) return;
  return { statement, exported: name.text, from: value.expression.text, local: value.name.text };
}

/**
 * `text` (a CommonJS bundle) with its re-exports from other chunks as one loop over a list. esbuild
 * writes each as its own five-line `Object.defineProperty` (about a hundred bytes a name, 1,300
 * names across the entry points: a fifth of the CommonJS files); the loop defines the same live,
 * enumerable getters. Only top-level statements of esbuild's exact shape are rewritten, found by
 * parsing; a file without them comes back unchanged.
 */
export function withCompactReexports(text: string, fileName = "bundle.cjs"): string {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const reexports = file.statements.map(reexportOf).filter((found) => found !== undefined);
  const [first] = reexports;
  // The loop's own bindings are in scope (uninitialized) while its list is read.
  if (!first || reexports.some(({ from }) => LOOP_BINDINGS.has(from))) return text;
  const names = new Map<string, string[]>();
  for (const { from, exported, local } of reexports) {
    const list = names.get(from) ?? [];
    list.push(exported === local ? exported : `${exported}:${local}`);
    names.set(from, list);
  }
  const lists = [...names].map(([from, list]) => `[${from}, ${JSON.stringify(list)}]`).join(",\n  ");
  const loop = [
    `for (const [reexportFrom, reexportNames] of [\n  ${lists}\n]) {`,
    "  for (const name of reexportNames) {",
    '    const [exported, local = exported] = name.split(":");',
    "    Object.defineProperty(exports, exported, { enumerable: true, get: () => reexportFrom[local] });",
    "  }",
    "}",
  ].join("\n");
  let result = "";
  let from = 0;
  for (const { statement } of reexports) {
    result += text.slice(from, statement.getStart(file));
    if (statement === first.statement) result += loop;
    from = statement.end;
    // The line the statement stood on goes with it.
    if (text[from] === "\n" && statement !== first.statement) from += 1;
  }
  return result + text.slice(from);
}
