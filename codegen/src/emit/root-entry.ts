import ts from "typescript";
import type { FormattedList, FormattedTemplate } from "../format/format-sections.js";
import { identifier, stringLiteral } from "./escape.js";
import type { SubjectKey } from "./sections.js";

/** A category entry point as the root composes it: its directory and the subjects it holds. */
export interface CategoryHome {
  readonly id: string;
  readonly dir: string;
  include(key: SubjectKey): boolean;
}

/** What the root module of one template is made of, before its imports are resolved and it is formatted. */
export interface RootModule {
  /** Declarations, re-exports and namespace imports, in order. */
  readonly body: string;
  /** Symbols its own text (statics, frames, fragments no category holds) refers to. */
  readonly uses: ReadonlySet<string>;
}

/**
 * The namespace a root module imports a category's module of the same kind under: `$payment`.
 * Entry ids are letters, digits, `_` and `-`; `-` becomes `$`, which no id holds, so two ids
 * never share a namespace, and none is a name the spec gives (those never start with `$`).
 */
function alias(category: CategoryHome): string {
  return identifier(`$${category.id.replaceAll("-", "$")}`);
}

function specifier(category: CategoryHome, template: FormattedTemplate): string {
  return stringLiteral(`./${category.dir}/${template.name}.js`);
}

/** The names a fragment of definitions exports, as types only or as values (a const and its type are a value). */
export function exportedNames(text: string): { types: string[]; values: string[] } {
  const file = ts.createSourceFile("fragment.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const types = new Set<string>();
  const values = new Set<string>();
  for (const statement of file.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!exported) continue;
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      types.add(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) values.add(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      values.add(statement.name.text);
    } else {
      throw new Error(`internal: a generated fragment exports a ${ts.SyntaxKind[statement.kind]}`);
    }
  }
  return { types: [...types].filter((name) => !values.has(name)), values: [...values] };
}

/**
 * The aggregate made of each category's: `interface paths extends $a.paths, $b.paths {}`, …
 * `repeated` names, per category, the schemas an earlier category also holds: `components`
 * takes each from its first holder only, so it is one type (not `A & A`) wherever it is read.
 */
function composedAggregate(
  section: FormattedList,
  categories: readonly CategoryHome[],
  own: string,
  repeated: ReadonlyMap<CategoryHome, readonly string[]>,
): string {
  const { head, tail } = section;
  const frame = (pattern: RegExp): { before: string; name: string } => {
    const match = pattern.exec(head);
    if (!match?.[1])
      throw new Error(`internal: cannot compose the aggregate headed ${head.split("\n").pop() ?? ""}`);
    return { before: head.slice(0, match.index), name: match[1] };
  };
  const body = own === "" ? "" : `\n${own}`;
  switch (section.compose) {
    case "extends": {
      const { before, name } = frame(/export interface (\w+) \{$/);
      const bases = categories.map((category) => `${alias(category)}.${name}`).join(", ");
      return `${before}export interface ${name} extends ${bases} {${body}\n${tail}`;
    }
    case "spread": {
      const { before, name } = frame(/export const (\w+) = \{$/);
      const spreads = categories.map((category) => `...${alias(category)}.${name},`).join("\n");
      // Typed as the categories' types, which declarations then name instead of spelling out
      // every row again; rows of its own (none in PortOne's specs) leave it to inference.
      const type = categories.map((category) => `typeof ${alias(category)}.${name}`).join(" & ");
      const declaration = own === "" ? `export const ${name}: ${type} = {` : `export const ${name} = {`;
      return `${before}${declaration}\n${spreads}${body}\n${tail}`;
    }
    case "schemas": {
      const { before, name } = frame(/export interface (\w+) \{\n\s*schemas: \{$/);
      const parts = categories.map((category) => {
        const schemas = `${alias(category)}.${name}["schemas"]`;
        const names = repeated.get(category) ?? [];
        return names.length === 0 ? schemas : `Omit<${schemas}, ${names.map(stringLiteral).join(" | ")}>`;
      });
      // The tail begins by closing the `schemas` object: without own members there is none.
      if (own === "")
        return `${before}export interface ${name} {\nschemas: ${parts.join(" & ")}${tail.replace(/^\s*\}/, "")}`;
      return `${before}export interface ${name} {\nschemas: ${parts.join(" & ")} & {${body}\n${tail}`;
    }
    default:
      throw new Error("internal: a list without a composition is not an aggregate");
  }
}

/**
 * The categories holding a subject, in order: the first is where the root takes a name several
 * hold from (its re-export, and the imports of what the root writes itself).
 */
export function holdersOf(categories: readonly CategoryHome[], key: SubjectKey): CategoryHome[] {
  return categories.filter((category) => category.include(key));
}

/** Type-only and value names a root module re-exports from one category. */
interface NamedExports {
  readonly types: Set<string>;
  readonly values: Set<string>;
}

const noNames = (): NamedExports => ({ types: new Set(), values: new Set() });

function addNames(to: NamedExports, text: string): void {
  const { types, values } = exportedNames(text);
  types.forEach((name) => to.types.add(name));
  values.forEach((name) => to.values.add(name));
}

/** `export *` from each category holding definitions, then by name what several of them hold. */
function reExportLines(
  categories: readonly CategoryHome[],
  template: FormattedTemplate,
  starred: ReadonlySet<CategoryHome>,
  byName: ReadonlyMap<CategoryHome, NamedExports>,
): string[] {
  const named = (keyword: string, names: ReadonlySet<string>, from: string) =>
    names.size === 0 ? [] : [`${keyword} { ${[...names].sort().join(", ")} } from ${from};`];
  return [
    ...categories
      .filter((category) => starred.has(category))
      .map((category) => `export * from ${specifier(category, template)};`),
    ...categories.flatMap((category) => {
      const names = byName.get(category);
      const from = specifier(category, template);
      return names === undefined
        ? []
        : [...named("export type", names.types, from), ...named("export", names.values, from)];
    }),
  ];
}

/**
 * The root entry point's module of one template, made of its categories' modules instead of a
 * copy of their fragments: aggregates extend or spread each category's, definitions are
 * re-exported (`export *`; a schema several categories hold is exported from the first by
 * name, which settles the ambiguity), and only what no category holds is written here.
 * Undefined where an interface or object aggregate has a subject in two categories (their
 * members would clash), or a category's namespace would be a name of the module's own: the
 * root then repeats the fragments as before.
 */
export function composeRootModule(
  template: FormattedTemplate,
  categories: readonly CategoryHome[],
): RootModule | undefined {
  const uses = new Set<string>();
  const own = noNames();
  const parts: string[] = [];
  const starred = new Set<CategoryHome>();
  const byName = new Map<CategoryHome, NamedExports>();
  let namespaces: "type" | "value" | undefined;
  for (const section of template.sections) {
    if (section.kind === "static") {
      section.uses.forEach((symbol) => uses.add(symbol));
      parts.push(section.text.trimEnd());
      continue;
    }
    section.frameUses.forEach((symbol) => uses.add(symbol));
    const held = section.fragments.map((fragment) => ({
      fragment,
      holders: holdersOf(categories, fragment.key),
    }));
    const unheld = held.filter(({ holders }) => holders.length === 0).map(({ fragment }) => fragment);
    unheld.forEach((fragment) => section.uses.get(fragment.key)?.forEach((symbol) => uses.add(symbol)));
    const unheldText = unheld
      .map((fragment) => fragment.text)
      .join(section.layout === "statements" ? "\n\n" : "\n");
    if (section.compose !== undefined) {
      // Two categories' `components` may both hold a schema: the root takes it from the first.
      // Two interfaces extended, or objects spread, must not hold the same member.
      const clashes = held.some(({ holders }) => holders.length > 1);
      if (clashes && section.compose !== "schemas") return undefined;
      namespaces = section.compose === "spread" ? "value" : (namespaces ?? "type");
      const repeated = new Map<CategoryHome, string[]>();
      for (const { fragment, holders } of held) {
        for (const category of holders.slice(1)) {
          repeated.set(category, [...(repeated.get(category) ?? []), fragment.key.replace(/^schema:/, "")]);
        }
      }
      parts.push(composedAggregate(section, categories, unheldText, repeated));
      continue;
    }
    for (const { fragment, holders } of held) {
      const [first, ...others] = holders;
      if (first === undefined) addNames(own, fragment.text);
      else starred.add(first);
      others.forEach((category) => starred.add(category));
      if (first === undefined || others.length === 0) continue;
      const names = byName.get(first) ?? noNames();
      addNames(names, fragment.text);
      byName.set(first, names);
    }
    if (unheldText !== "") parts.push(unheldText);
  }
  // A namespace must not shadow a name the module declares or imports.
  const taken = (name: string) => uses.has(name) || own.types.has(name) || own.values.has(name);
  if (categories.some((category) => taken(alias(category)))) return undefined;
  const imports =
    namespaces === undefined
      ? []
      : categories.map(
          (category) =>
            `import ${namespaces === "type" ? "type " : ""}* as ${alias(category)} from ${specifier(category, template)};`,
        );
  const header = [...imports, ...reExportLines(categories, template, starred, byName)].join("\n");
  return { body: [header, ...parts].filter((part) => part !== "").join("\n\n"), uses };
}
