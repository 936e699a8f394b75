/**
 * Output files are built from sections so that one formatting pass serves every entry point.
 *
 * A list section holds fragments, each about one subject (a schema, an operation, a path),
 * between a head and a tail: the members of `interface paths`, the statements of `types.ts`, …
 * A category entry point takes the fragments of its subjects; the root entry point is made of
 * the categories' modules (see root-entry.ts) and writes only what no category holds.
 * Fragments are formatted once, in place, and then assembled, so a category file is byte for
 * byte what prettier would make of it without formatting anything twice.
 */

/** What a fragment is about: `schema:Foo`, `operation:getFoo`, `path:/foo`, `group:payment`. */
export type SubjectKey = `${"schema" | "operation" | "path" | "group"}:${string}`;

export const schemaSubject = (name: string): SubjectKey => `schema:${name}`;
export const operationSubject = (operationId: string): SubjectKey => `operation:${operationId}`;
export const pathSubject = (path: string): SubjectKey => `path:${path}`;
/** A group of the operation style, by its dotted path (`payment.billingKey`). */
export const groupSubject = (path: string): SubjectKey => `group:${path}`;

/** Members of a type or object literal sit on consecutive lines; statements get a blank line between them. */
export type FragmentLayout = "members" | "statements";

/**
 * How the root entry point makes an aggregate (a list whose fragments are members of one
 * declaration) from its categories' instead of repeating their fragments: `extends` (an
 * interface extending each category's), `spread` (an object literal spreading each
 * category's), `schemas` (the `components` interface, whose `schemas` intersects each
 * category's). Lists without one are definitions, which the root re-exports.
 */
export type Composition = "extends" | "spread" | "schemas";

export interface ListSection {
  readonly kind: "list";
  readonly layout: FragmentLayout;
  readonly compose?: Composition;
  /** Unformatted text: head, each fragment after its marker line, the end marker, tail. */
  readonly markedText: string;
  /** Symbols defined in other modules that each fragment refers to. */
  readonly uses: ReadonlyMap<SubjectKey, readonly string[]>;
  /** Symbols the head or tail refers to, needed whichever fragments are taken. */
  readonly frameUses?: readonly string[];
  /** Fragments whose text is already as prettier prints it (laid-out.ts): formatting skips them. */
  readonly laidOut?: ReadonlySet<SubjectKey>;
}

export interface StaticSection {
  readonly kind: "static";
  readonly text: string;
  readonly uses: readonly string[];
}

export type Section = ListSection | StaticSection;

/** The sections of one module kind (`schema`, `types`, …), shared by every entry point. */
export interface ModuleTemplate {
  readonly name: string;
  /** A one-line summary put in the module's header comment. */
  readonly summary: string;
  readonly sections: readonly Section[];
}

const MARKER = "// @portone-typed:fragment ";
const END_MARKER = "// @portone-typed:end";
const MARKER_LINE = /^[ \t]*\/\/ @portone-typed:(fragment (.*)|end)$/;

/** Keys hold spec text (operationIds, paths): encoded, so no line break or comment end survives in a marker. */
export function markerLine(key: string): string {
  return `${MARKER}${encodeURIComponent(key)}`;
}

export const endMarkerLine = END_MARKER;

/** Builds a list section's marked text from fragment texts. */
export function markFragments<Key extends string>(
  head: string,
  fragments: readonly { readonly key: Key; readonly text: string }[],
  tail: string,
  layout: FragmentLayout,
): string {
  const gap = layout === "statements" ? "\n" : "";
  const body = fragments.map((fragment) => `${gap}${markerLine(fragment.key)}\n${fragment.text}\n`).join("");
  return `${head}\n${body}${gap}${END_MARKER}\n${tail}`;
}

export interface SplitSection<Key extends string = SubjectKey> {
  readonly head: string;
  readonly fragments: readonly { readonly key: Key; readonly text: string }[];
  readonly tail: string;
}

/** Splits marked text (formatted or not) back into head, fragments and tail, without the marker lines. */
export function splitMarkedText<Key extends string = SubjectKey>(text: string): SplitSection<Key> {
  const lines = text.split("\n");
  const fragments: { key: Key; text: string }[] = [];
  let head: string | undefined;
  let current: Key | undefined;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const match = MARKER_LINE.exec(lines[i] ?? "");
    if (!match) continue;
    const chunk = lines
      .slice(start, i)
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    if (current === undefined) head = chunk;
    else fragments.push({ key: current, text: chunk });
    start = i + 1;
    if (match[2] === undefined) {
      return { head: head ?? "", fragments, tail: lines.slice(start).join("\n").replace(/^\n+/, "") };
    }
    current = decodeURIComponent(match[2]) as Key;
  }
  throw new Error("internal: a section lost its end marker in formatting");
}
