import { printStructure, StructureKind } from "./ts-morph.js";
import type { StatementStructures, WriterFunction } from "ts-morph";
import {
  endMarkerLine,
  markerLine,
  markFragments,
  splitMarkedText,
  type ListSection,
  type SubjectKey,
} from "./sections.js";

export type Statement = StatementStructures | WriterFunction | string;

export interface StatementFragment {
  readonly key: SubjectKey;
  readonly uses: readonly string[];
  /** The statements to print and format, or the fragment's final text (see laid-out.ts). */
  readonly statements: readonly Statement[] | { readonly laidOut: string };
}

/**
 * Prints ts-morph structures to source text. `printStructure` writes the text without
 * building a project or parsing it back, which is most of what `createSourceFile` costs.
 */
export function printStatements(statements: readonly Statement[]): string {
  return printStructure(
    { kind: StructureKind.SourceFile, statements: [...statements] },
    { indentNumberOfSpaces: 2 },
  );
}

/**
 * Prints the fragments' structures in one go and turns them into a list section of top-level
 * statements; laid-out fragments keep their text and are marked so formatting skips them.
 */
export function statementSection(fragments: readonly StatementFragment[]): ListSection {
  const printed = splitMarkedText(
    printStatements([
      ...fragments.flatMap((fragment) =>
        "laidOut" in fragment.statements ? [] : [markerLine(fragment.key), ...fragment.statements],
      ),
      endMarkerLine,
    ]),
  );
  const printedTexts = printed.fragments.values();
  const texts = fragments.map((fragment) => ({
    key: fragment.key,
    text:
      "laidOut" in fragment.statements
        ? fragment.statements.laidOut
        : (printedTexts.next().value?.text ?? ""),
  }));
  const laidOut = fragments
    .filter((fragment) => "laidOut" in fragment.statements)
    .map((fragment) => fragment.key);
  return {
    kind: "list",
    layout: "statements",
    // Re-marking gives every fragment the same spacing, whatever the printer put between them.
    markedText: markFragments(printed.head, texts, printed.tail, "statements"),
    uses: new Map(fragments.map((fragment) => [fragment.key, fragment.uses])),
    ...(laidOut.length === 0 ? {} : { laidOut: new Set(laidOut) }),
  };
}
