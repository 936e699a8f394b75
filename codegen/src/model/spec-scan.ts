import type { SpecWarning } from "../warnings.js";
import { escapePointerToken, localRefPointer, resolvePointer } from "../load/json-pointer.js";
import { isObject, report, type SpecContext } from "./spec-context.js";

/**
 * Checks every `$ref` in the document and reports `x-portone-*` extensions the generator
 * does not know, in one pass over the whole tree.
 */
export function scanDocument(context: SpecContext, knownExtensions: ReadonlySet<string>): SpecWarning[] {
  const unknown = new Map<string, string[]>();
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${pointer}/${index}`));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      if (key === "$ref" && typeof value === "string") {
        checkRef(context, value, childPointer);
      } else if (key.startsWith("x-portone-") && !knownExtensions.has(key)) {
        const places = unknown.get(key) ?? [];
        places.push(pointer);
        unknown.set(key, places);
      }
      visit(value, childPointer);
    }
  };
  visit(context.document, "");
  return [...unknown.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([extension, pointers]) => ({
      file: context.file,
      pointer: pointers[0] ?? "",
      message:
        `unknown extension ${extension} ignored (${pointers.length} place${pointers.length === 1 ? "" : "s"}` +
        `${pointers.length > 1 ? `, first at #${pointers[0]}` : ""}); the generator may need an update to use it`,
    }));
}

function checkRef(context: SpecContext, ref: string, pointer: string): void {
  const target = localRefPointer(ref);
  if (target === undefined) {
    report(
      context,
      pointer,
      `$ref "${ref}" is not a local reference (#/...); external references are not supported`,
    );
  } else if (resolvePointer(context.document, target) === undefined) {
    report(context, pointer, `$ref "${ref}" points nowhere`);
  }
}
