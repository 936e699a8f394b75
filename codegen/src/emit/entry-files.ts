import path from "node:path";
import { renderList, type FormattedSection, type FormattedTemplate } from "../format/format-sections.js";
import type { Formatter } from "../format/formatter.js";
import type { ApiModel, EntryPoint } from "../model/model.js";
import { lineCommentText, stringLiteral } from "./escape.js";
import { INDENT, PRINT_WIDTH } from "./laid-out.js";
import { composeRootModule, holdersOf, type CategoryHome } from "./root-entry.js";
import { groupSubject, operationSubject, pathSubject, schemaSubject, type SubjectKey } from "./sections.js";
import { sharedModuleText, sharedSymbols } from "./shared-module.js";

/** A generated file, its path relative to the API's output directory (`generated/v2`). */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/** The root entry point (everything) or a category's (its subjects only). */
interface EntryTarget {
  readonly dir: string;
  readonly entry: EntryPoint | undefined;
  include(key: SubjectKey): boolean;
}

export const SHARED_FILE = "shared.ts";
export const CATEGORIES_DIR = "categories";
const SCHEMA_TYPES = ["$defs", "components", "operations", "paths", "webhooks"];

function entryTargets(model: ApiModel): EntryTarget[] {
  const root: EntryTarget = { dir: "", entry: undefined, include: () => true };
  return [
    root,
    ...model.entryPoints.map((entry): EntryTarget => {
      const keys = new Set<SubjectKey>([
        ...entry.paths.map(pathSubject),
        ...entry.operationIds.map(operationSubject),
        ...entry.schemas.map(schemaSubject),
        ...model.clientGroups
          .filter((group) => group.path[0] === entry.id)
          .map((group) => groupSubject(group.path.join("."))),
      ]);
      return { dir: `${CATEGORIES_DIR}/${entry.id}`, entry, include: (key) => keys.has(key) };
    }),
  ];
}

/** The module (in every entry point's directory) that defines each schema's exported name. */
function schemaModules(model: ApiModel): ReadonlyMap<string, string> {
  const enums = new Set(model.enums.map((stringEnum) => stringEnum.name));
  return new Map(
    model.schemas.map((schema) => [schema.exportName, enums.has(schema.name) ? "enums.ts" : "types.ts"]),
  );
}

interface SymbolHomes {
  readonly shared: readonly string[];
  readonly schemaModules: ReadonlyMap<string, string>;
  /** Where the root finds a schema's name: the first category holding it, or itself (absent). */
  readonly schemaDirs?: ReadonlyMap<string, string>;
}

/** Where each symbol an emitted fragment may use is defined, for an entry point in `dir`. */
function definingFile(symbol: string, dir: string, homes: SymbolHomes): string {
  if (symbol === "components" || symbol === "operations") return path.posix.join(dir, "schema.ts");
  if (homes.shared.includes(symbol)) return SHARED_FILE;
  const module = homes.schemaModules.get(symbol);
  if (module !== undefined) return path.posix.join(homes.schemaDirs?.get(symbol) ?? dir, module);
  throw new Error(`internal: no file defines ${symbol}`);
}

/** `./schema.js`-style specifier from one generated file to another (`.js`, so node16 resolution works too). */
export function importSpecifier(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile).replace(/\.ts$/, ".js");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/**
 * `import type { A, B } from "./x.js";` (or an export) laid out as prettier lays it out, so
 * file headers need no formatting pass: on one line when it fits in 80 columns or names one
 * symbol, else one name per line with a trailing comma. Names are identifiers and specifiers
 * relative paths, so every character is one column; anything else goes through prettier.
 */
export function namedClause(keyword: string, names: readonly string[], specifier: string): string {
  const from = `from ${stringLiteral(specifier)};`;
  const line = `${keyword} { ${names.join(", ")} } ${from}`;
  if (!/^[\x20-\x7e]*$/.test(line))
    throw new Error(`internal: a name or specifier that is not ASCII: ${line}`);
  if (line.length <= PRINT_WIDTH || names.length === 1) return line;
  return `${keyword} {\n${names.map((name) => `${INDENT}${name},`).join("\n")}\n} ${from}`;
}

function importLines(file: string, symbols: Iterable<string>, dir: string, homes: SymbolHomes): string[] {
  const byFile = new Map<string, Set<string>>();
  for (const symbol of symbols) {
    const target = definingFile(symbol, dir, homes);
    if (target === file) continue;
    byFile.set(target, (byFile.get(target) ?? new Set()).add(symbol));
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([target, names]) => namedClause("import type", [...names].sort(), importSpecifier(file, target)));
}

function renderSection(section: FormattedSection, target: EntryTarget, uses: Set<string>): string {
  if (section.kind === "static") {
    section.uses.forEach((symbol) => uses.add(symbol));
    return section.text;
  }
  for (const fragment of section.fragments) {
    if (target.include(fragment.key)) section.uses.get(fragment.key)?.forEach((symbol) => uses.add(symbol));
  }
  section.frameUses.forEach((symbol) => uses.add(symbol));
  return renderList(section, target.include);
}

function headerComment(model: ApiModel, lines: readonly string[]): string {
  const source = model.file.split(/[\\/]/).pop() ?? model.file;
  return [
    `// ${lineCommentText(`Generated by portone-typed from ${source} (PortOne ${model.api.toUpperCase()} API ${model.info.version}, sha256 ${model.sha256.slice(0, 12)}).`)}`,
    "// Do not edit: regenerate with `portone-typed generate`.",
    ...lines.map((line) => `// ${lineCommentText(line)}`.trimEnd()),
  ].join("\n");
}

function indexHeaderLines(target: EntryTarget): string[] {
  if (!target.entry) return ["Entry point with every operation and schema of the API."];
  const title = target.entry.docs.title;
  return [
    `Entry point of category \`${target.entry.id}\`${title === undefined ? "" : ` (${title})`}:`,
    `${target.entry.operationIds.length} operations and the ${target.entry.schemas.length} schemas they use, nothing else.`,
  ];
}

function indexBody(
  templates: readonly FormattedTemplate[],
  dir: string,
  shared: readonly string[],
): string[] {
  const file = path.posix.join(dir, "index.ts");
  return [
    ...templates.map((template) => {
      const specifier = importSpecifier(file, path.posix.join(dir, `${template.name}.ts`));
      return template.name === "schema"
        ? namedClause("export type", SCHEMA_TYPES, specifier)
        : `export * from ${stringLiteral(specifier)};`;
    }),
    namedClause("export type", [...shared].sort(), importSpecifier(file, SHARED_FILE)),
  ];
}

/** A module of an entry point as the categories hold it: only the fragments of its subjects. */
function filteredModule(
  model: ApiModel,
  template: FormattedTemplate,
  target: EntryTarget,
  homes: SymbolHomes,
): OutputFile {
  const file = path.posix.join(target.dir, `${template.name}.ts`);
  const uses = new Set<string>();
  const body = template.sections
    .map((section) => renderSection(section, target, uses).replace(/\n+$/, ""))
    .filter((text) => text !== "")
    .join("\n\n");
  const imports = importLines(file, uses, target.dir, homes);
  const header = [
    headerComment(model, [template.summary]),
    ...(imports.length === 0 ? [] : [imports.join("\n")]),
  ];
  // A file must stay a module (for `export *`) even when its category has nothing of this kind.
  return { path: file, text: `${[...header, body === "" ? "export {};" : body].join("\n\n")}\n` };
}

/**
 * The root entry point's modules made of the categories' (see composeRootModule), unformatted;
 * undefined when they cannot be, and the root then repeats every fragment.
 */
function composedRootModules(
  model: ApiModel,
  templates: readonly FormattedTemplate[],
  categories: readonly EntryTarget[],
  homes: SymbolHomes,
): OutputFile[] | undefined {
  const holders: CategoryHome[] = categories.map((target) => ({
    id: target.entry?.id ?? target.dir,
    dir: target.dir,
    include: target.include,
  }));
  if (holders.length === 0) return undefined;
  const schemaDirs = new Map(
    model.schemas.map((schema) => [
      schema.exportName,
      holdersOf(holders, schemaSubject(schema.name))[0]?.dir ?? "",
    ]),
  );
  const files: OutputFile[] = [];
  for (const template of templates) {
    const composed = composeRootModule(template, holders);
    if (composed === undefined) return undefined;
    const file = `${template.name}.ts`;
    const imports = importLines(file, composed.uses, "", { ...homes, schemaDirs });
    const text = [headerComment(model, [template.summary]), imports.join("\n"), composed.body]
      .filter((part) => part !== "")
      .join("\n\n");
    files.push({ path: file, text: `${text}\n` });
  }
  return files;
}

/**
 * Lays the formatted templates out as files: one directory per category, the root entry point
 * made of them, and the shared types. Category files are laid out as prettier would
 * (`namedClause`) from prettier's fragments; the root's few lines and shared.ts are formatted here.
 */
export async function renderApiFiles(
  model: ApiModel,
  templates: readonly FormattedTemplate[],
  formatter: Formatter,
): Promise<OutputFile[]> {
  const shared = sharedSymbols(model);
  const homes: SymbolHomes = { shared, schemaModules: schemaModules(model) };
  const [root, ...categories] = entryTargets(model);
  if (root === undefined) throw new Error("internal: no root entry point");
  const files = categories.flatMap((target) => [
    ...templates.map((template) => filteredModule(model, template, target, homes)),
    indexFile(model, templates, target, shared),
  ]);
  const composed = composedRootModules(model, templates, categories, homes);
  const unformatted = [
    ...(composed ?? []),
    {
      path: SHARED_FILE,
      text: `${headerComment(model, ["Types shared by every entry point."])}\n\n${sharedModuleText(model)}`,
    },
  ];
  const formatted = await formatter.format(unformatted.map((file) => file.text));
  files.push(
    ...unformatted.map((file, index) => ({ path: file.path, text: formatted[index] ?? "" })),
    ...(composed === undefined
      ? templates.map((template) => filteredModule(model, template, root, homes))
      : []),
    indexFile(model, templates, root, shared),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function indexFile(
  model: ApiModel,
  templates: readonly FormattedTemplate[],
  target: EntryTarget,
  shared: readonly string[],
): OutputFile {
  return {
    path: path.posix.join(target.dir, "index.ts"),
    text: `${headerComment(model, indexHeaderLines(target))}\n\n${indexBody(templates, target.dir, shared).join("\n")}\n`,
  };
}
