import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { UsageError } from "../errors.js";
import { Project } from "../emit/ts-morph.js";
import { HTTP_METHODS } from "../model/model.js";

/** The packages whose calls and types the impact follows, and the API each is a client of. */
export const CLIENT_PACKAGES: Readonly<Record<string, "v1" | "v2">> = {
  "@portone-typed/v2": "v2",
  "@portone-typed/v1": "v1",
  "@portone/server-sdk": "v2",
};

/** A place in the merchant's code: `src/pay.ts:12:5`, with the code there. */
export interface Site {
  /** Relative to the project's directory, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The expression or type reference, shortened to one line. */
  readonly text: string;
  readonly package: string;
}

/** What the merchant's code uses of a PortOne API. */
export interface Usages {
  /** Operation-style calls, by operationId (`portone.payment.getPayment(…)`). */
  readonly operations: ReadonlyMap<string, readonly Site[]>;
  /** Path-style calls, by `METHOD /path` as the spec writes it (`client.GET("/payments/{paymentId}")`). */
  readonly routes: ReadonlyMap<string, readonly Site[]>;
  /** Generated types named in the code, by schema name (`Payment`, `GetPaymentError`). */
  readonly types: ReadonlyMap<string, readonly Site[]>;
}

const PATH_STYLE_METHODS: ReadonlySet<string> = new Set(HTTP_METHODS.map((method) => method.toUpperCase()));

/** The client package a declaration comes from, by the nearest package.json of its file. */
function packageOf(fileName: string, cache: Map<string, string | undefined>): string | undefined {
  const dir = path.dirname(fileName);
  if (cache.has(dir)) return cache.get(dir);
  const manifest = path.join(dir, "package.json");
  const parsed = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown })
    : undefined;
  // A nested package.json without a name (our dist/types tree has one) is not the package's.
  let name = typeof parsed?.name === "string" ? parsed.name : undefined;
  if (name === undefined && path.dirname(dir) !== dir) name = packageOf(dir, cache);
  cache.set(dir, name);
  return name;
}

/**
 * The merchant's project as the compiler sees it, through ts-morph: it brings the standard
 * library's declarations, which the compiler it bundles does not find on disk.
 */
function readProgram(tsconfig: string): ts.Program {
  if (!existsSync(tsconfig))
    throw new UsageError(`${tsconfig}: no such TypeScript project (give its tsconfig.json)`);
  let project: InstanceType<typeof Project>;
  try {
    project = new Project({ tsConfigFilePath: tsconfig });
  } catch (error) {
    throw new UsageError(`${tsconfig}: ${(error as Error).message.split("\n")[0]}`);
  }
  const [problem] = project
    .getConfigFileParsingDiagnostics()
    .filter((diagnostic) => diagnostic.getCategory() === ts.DiagnosticCategory.Error);
  if (problem)
    throw new UsageError(
      `${tsconfig}: ${ts.flattenDiagnosticMessageText(problem.compilerObject.messageText, " ")}`,
    );
  return project.getProgram().compilerObject as unknown as ts.Program;
}

/**
 * Reads a merchant's TypeScript project with the compiler and finds what it uses of PortOne's
 * APIs through @portone-typed/v2, @portone-typed/v1 and @portone/server-sdk: operation-style
 * calls, path-style calls and the generated types it names. A use is recognised by the symbol
 * the checker resolves it to, so aliases, destructuring and re-exports are followed; a call made
 * through `any` is not seen.
 */
export function findUsages(tsconfig: string, api: "v1" | "v2"): Usages {
  const program = readProgram(path.resolve(tsconfig));
  const root = path.dirname(path.resolve(tsconfig));
  const checker = program.getTypeChecker();
  const packages = new Map<string, string | undefined>();
  const found = {
    operations: new Map<string, Site[]>(),
    routes: new Map<string, Site[]>(),
    types: new Map<string, Site[]>(),
  };

  const clientPackage = (symbol: ts.Symbol | undefined): string | undefined => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target?.declarations ?? []) {
      const name = packageOf(declaration.getSourceFile().fileName, packages);
      if (name !== undefined && CLIENT_PACKAGES[name] === api) return name;
    }
    return undefined;
  };
  const site = (node: ts.Node, from: string): Site => {
    const sourceFile = node.getSourceFile();
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    const text = node.getText(sourceFile).replace(/\s+/g, " ");
    return {
      file: path.relative(root, sourceFile.fileName).split(path.sep).join("/"),
      line: line + 1,
      column: character + 1,
      text: text.length > 80 ? `${text.slice(0, 77)}…` : text,
      package: from,
    };
  };
  const add = (map: Map<string, Site[]>, key: string, entry: Site) =>
    map.set(key, [...(map.get(key) ?? []), entry]);

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { name, expression: receiver } = node.expression;
      const [first] = node.arguments;
      const method = name.text;
      if (PATH_STYLE_METHODS.has(method) && first && ts.isStringLiteralLike(first)) {
        // Path style: the method comes from openapi-fetch; the receiver's type is the client's.
        const type = checker.getTypeAtLocation(receiver);
        const from = clientPackage(type.getSymbol() ?? type.aliasSymbol);
        if (from) add(found.routes, `${method} ${first.text}`, site(node, from));
      } else {
        const from = clientPackage(checker.getSymbolAtLocation(name));
        // Operation style: the method is named by its operationId, as PortOne's SDKs name it.
        if (from) add(found.operations, method, site(node, from));
      }
    } else if (ts.isTypeReferenceNode(node)) {
      const name = ts.isIdentifier(node.typeName) ? node.typeName : node.typeName.right;
      const from = clientPackage(checker.getSymbolAtLocation(name));
      if (from) add(found.types, name.text, site(node, from));
    }
    ts.forEachChild(node, visit);
  };
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    visit(sourceFile);
  }
  return found;
}
