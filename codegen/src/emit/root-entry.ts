import ts from "typescript";
import type { FormattedList, FormattedTemplate } from "../format/format-sections.js";
import { stringLiteral } from "./escape.js";
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

/** The namespace a root module imports a category's module of the same kind under: `$payment`. */
function alias(category: CategoryHome): string {
  return `$${category.id.replace(/[^A-Za-z0-9_$]/g, "_")}`;
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

/** The aggregate made of each category's: `interface paths extends $a.paths, $b.paths {}`, … */
function composedAggregate(section: FormattedList, categories: readonly CategoryHome[], own: string): string {
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
      const parts = categories.map((category) => `${alias(category)}.${name}["schemas"]`);
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
 * The root entry point's module of one template, made of its categories' modules instead of a
 * copy of their fragments: aggregates extend or spread each category's, definitions are
 * re-exported (`export *`; a schema several categories hold is exported from the first by
 * name, which settles the ambiguity), and only what no category holds is written here.
 * Undefined where an interface or object aggregate has a subject in two categories (their
 * members would clash): the root then repeats the fragments as before.
 */
export function composeRootModule(
  template: FormattedTemplate,
  categories: readonly CategoryHome[],
): RootModule | undefined {
  const uses = new Set<string>();
  const parts: string[] = [];
  const starred = new Set<CategoryHome>();
  const byName = new Map<CategoryHome, { types: Set<string>; values: Set<string> }>();
  let namespaces: "type" | "value" | undefined;
  for (const section of template.sections) {
    if (section.kind === "static") {
      section.uses.forEach((symbol) => uses.add(symbol));
      parts.push(section.text.trimEnd());
      continue;
    }
    section.frameUses.forEach((symbol) => uses.add(symbol));
    const holders = (key: SubjectKey) => categories.filter((category) => category.include(key));
    const own = section.fragments.filter((fragment) => holders(fragment.key).length === 0);
    own.forEach((fragment) => section.uses.get(fragment.key)?.forEach((symbol) => uses.add(symbol)));
    const ownText = own
      .map((fragment) => fragment.text)
      .join(section.layout === "statements" ? "\n\n" : "\n");
    if (section.compose !== undefined) {
      // Two categories' `components` may both hold a schema: the intersection takes it twice, the
      // same type. Two interfaces extended, or objects spread, must not hold the same member.
      const clashes = section.fragments.some((fragment) => holders(fragment.key).length > 1);
      if (clashes && section.compose !== "schemas") return undefined;
      if (section.compose === "spread") namespaces = "value";
      else namespaces ??= "type";
      parts.push(composedAggregate(section, categories, ownText));
      continue;
    }
    for (const fragment of section.fragments) {
      const [first, ...others] = holders(fragment.key);
      if (first !== undefined) starred.add(first);
      others.forEach((category) => starred.add(category));
      if (first === undefined || others.length === 0) continue;
      const names = byName.get(first) ?? { types: new Set<string>(), values: new Set<string>() };
      const { types, values } = exportedNames(fragment.text);
      types.forEach((name) => names.types.add(name));
      values.forEach((name) => names.values.add(name));
      byName.set(first, names);
    }
    if (ownText !== "") parts.push(ownText);
  }
  const header = [
    ...(namespaces === undefined
      ? []
      : categories.map(
          (category) =>
            `import ${namespaces === "type" ? "type " : ""}* as ${alias(category)} from ${specifier(category, template)};`,
        )),
    ...categories
      .filter((category) => starred.has(category))
      .map((category) => `export * from ${specifier(category, template)};`),
    ...categories.flatMap((category) => {
      const names = byName.get(category);
      if (names === undefined) return [];
      const from = specifier(category, template);
      return [
        ...(names.types.size > 0
          ? [`export type { ${[...names.types].sort().join(", ")} } from ${from};`]
          : []),
        ...(names.values.size > 0 ? [`export { ${[...names.values].sort().join(", ")} } from ${from};`] : []),
      ];
    }),
  ];
  return { body: [header.join("\n"), ...parts].filter((part) => part !== "").join("\n\n"), uses };
}
