import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Docs } from "../model/model.js";
import { blockCommentLines } from "./escape.js";

export const UNSTABLE_NOTE =
  "Unstable (x-portone-unstable): outside PortOne's backward-compatibility promise; it may change or go away without notice.";

/** The lines of a doc comment, without the ` * ` prefix: title, description, then tags. */
export function docLines(docs: Docs, extra: readonly string[] = []): string[] {
  const lines: string[] = [];
  if (docs.title !== undefined) lines.push(docs.title);
  if (docs.description !== undefined) {
    if (lines.length > 0) lines.push("");
    lines.push(docs.description);
  }
  if (extra.length > 0 && lines.length > 0) lines.push("");
  lines.push(...extra);
  const tags = [
    ...(docs.deprecated ? ["@deprecated"] : []),
    ...(docs.unstable ? [`@experimental ${UNSTABLE_NOTE}`] : []),
  ];
  if (tags.length > 0 && lines.length > 0) lines.push("");
  lines.push(...tags);
  return lines.flatMap(blockCommentLines);
}

/** A doc comment of any text (which may hold spec text), for ts-morph. */
export function docText(text: string): OptionalKind<JSDocStructure>[] {
  return [{ description: blockCommentLines(text).join("\n") }];
}

/** The doc comment as ts-morph wants it, or none when there is nothing to say. */
export function jsDoc(docs: Docs, extra: readonly string[] = []): OptionalKind<JSDocStructure>[] {
  const lines = docLines(docs, extra);
  return lines.length === 0 ? [] : [{ description: lines.join("\n") }];
}

/** The body of a `/** … *\/` comment for `ts.addSyntheticLeadingComment` (which adds the outer `/*` and `*\/`). */
export function syntheticJsDocText(lines: readonly string[]): string {
  if (lines.length === 1) return `* ${lines[0]} `;
  return `*\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n `;
}

/** A `/** … *\/` block comment of the given lines, as written into generated source. */
export function blockComment(lines: readonly string[]): string {
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return `/**\n${lines.map((line) => ` * ${line}`.trimEnd()).join("\n")}\n */`;
}
