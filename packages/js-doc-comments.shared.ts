import ts from "typescript";

function isDocComment(comment: string): boolean {
  return comment.startsWith("/**") && comment.length > 4 && !/@license|@preserve/.test(comment);
}

/** Where each JSDoc block of `text` starts and ends, found by parsing it. */
function docCommentRanges(text: string, fileName: string): [number, number][] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const ranges = new Map<number, number>();
  const collect = (found: readonly ts.CommentRange[] | undefined): void => {
    for (const range of found ?? []) {
      if (isDocComment(text.slice(range.pos, range.end))) ranges.set(range.pos, range.end);
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Comments after the last statement lead the end-of-file token.
  collect(ts.getLeadingCommentRanges(text, file.endOfFileToken.getFullStart()));
  return [...ranges].sort(([a], [b]) => a - b);
}

/**
 * `text` (a bundle's JavaScript) without its JSDoc blocks. The declarations carry every doc
 * comment an editor shows; in the JavaScript the same Korean text was a third of the bytes, and
 * every entry point's bundle repeated it. Comments are found by parsing, so nothing inside a
 * string, template or regular expression is touched. Legal comments (`@license`, `@preserve`)
 * and annotations such as `@__PURE__` (not JSDoc blocks) stay.
 */
export function withoutDocComments(text: string, fileName = "bundle.js"): string {
  let result = "";
  let from = 0;
  for (const [pos, end] of docCommentRanges(text, fileName)) {
    // A comment alone on its lines goes with its indentation and line break; one within a line
    // with the blanks after it.
    const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
    const after = /([ \t]*)(\r?\n|$)?/y;
    after.lastIndex = end;
    const [, blanks = "", lineBreak] = after.exec(text) ?? [];
    const ownLine = lineBreak !== undefined && /^[ \t]*$/.test(text.slice(lineStart, pos));
    result += text.slice(from, ownLine ? Math.max(lineStart, from) : pos);
    from = end + blanks.length + (ownLine ? (lineBreak?.length ?? 0) : 0);
  }
  return result + text.slice(from);
}
