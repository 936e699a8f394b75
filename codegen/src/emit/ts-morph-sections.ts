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
  readonly statements: readonly Statement[];
  readonly uses: readonly string[];
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

/** Prints the fragments' structures in one go and turns them into a list section of top-level statements. */
export function statementSection(fragments: readonly StatementFragment[]): ListSection {
  const printed = splitMarkedText(
    printStatements([
      ...fragments.flatMap((fragment) => [markerLine(fragment.key), ...fragment.statements]),
      endMarkerLine,
    ]),
  );
  return {
    kind: "list",
    layout: "statements",
    // Re-marking gives every fragment the same spacing, whatever the printer put between them.
    markedText: markFragments(printed.head, printed.fragments, printed.tail, "statements"),
    uses: new Map(fragments.map((fragment) => [fragment.key, fragment.uses])),
  };
}
