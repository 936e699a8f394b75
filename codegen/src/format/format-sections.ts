import {
  markFragments,
  type Composition,
  splitMarkedText,
  type FragmentLayout,
  type SplitSection,
  type ListSection,
  type ModuleTemplate,
  type SubjectKey,
} from "../emit/sections.js";
import type { Formatter } from "./formatter.js";

export interface FormattedList {
  readonly kind: "list";
  readonly layout: FragmentLayout;
  readonly compose?: Composition;
  readonly head: string;
  readonly fragments: readonly { readonly key: SubjectKey; readonly text: string }[];
  readonly tail: string;
  /** The section with no fragments at all, formatted on its own (`export interface paths {}`). */
  readonly empty: string;
  readonly uses: ReadonlyMap<SubjectKey, readonly string[]>;
  readonly frameUses: readonly string[];
}

export interface FormattedStatic {
  readonly kind: "static";
  readonly text: string;
  readonly uses: readonly string[];
}

export type FormattedSection = FormattedList | FormattedStatic;

export interface FormattedTemplate {
  readonly name: string;
  readonly summary: string;
  readonly sections: readonly FormattedSection[];
}

/**
 * Formats many small top-level sources in one prettier call: each call costs a millisecond
 * or two of its own, and an API's output has dozens of small headers.
 */
export async function formatMany(formatter: Formatter, sources: readonly string[]): Promise<string[]> {
  if (sources.length === 0) return [];
  const marked = markFragments(
    "",
    sources.map((text, index) => ({ key: String(index), text: text.trimEnd() })),
    "",
    "statements",
  );
  const [formatted = ""] = await formatter.format([marked]);
  return splitMarkedText<string>(formatted).fragments.map((fragment) =>
    fragment.text === "" ? "" : `${fragment.text}\n`,
  );
}

/** Large sections are formatted in pieces of about this many characters, so every worker has work. */
const CHUNK_CHARS = 120_000;

function chunk<T extends { readonly text: string }>(items: readonly T[]): T[][] {
  const chunks: T[][] = [[]];
  let size = 0;
  for (const item of items) {
    const last = chunks[chunks.length - 1] as T[];
    if (size > 0 && size + item.text.length > CHUNK_CHARS) {
      chunks.push([item]);
      size = item.text.length;
    } else {
      last.push(item);
      size += item.text.length;
    }
  }
  return chunks;
}

type SectionPlan =
  | { readonly kind: "static"; readonly uses: readonly string[]; readonly small: number }
  | {
      readonly kind: "list";
      readonly section: ListSection;
      /** Every fragment as emitted: the laid-out ones are taken from here as they are. */
      readonly fragments: SplitSection["fragments"];
      readonly chunkJobs: readonly number[];
      readonly small: number;
    };

/**
 * Formats every section of every template with prettier (the large ones in chunks, the small
 * ones in one batch) and splits list sections back into their formatted fragments.
 */
export async function formatTemplates(
  templates: readonly ModuleTemplate[],
  formatter: Formatter,
): Promise<FormattedTemplate[]> {
  const chunks: string[] = [];
  const smalls: string[] = [];
  const plans = templates.map((template) =>
    template.sections.map((section): SectionPlan => {
      if (section.kind === "static")
        return { kind: "static", uses: section.uses, small: smalls.push(section.text) - 1 };
      const split = splitMarkedText(section.markedText);
      const toFormat = split.fragments.filter((fragment) => !section.laidOut?.has(fragment.key));
      const chunkJobs = chunk(toFormat).map(
        (fragments) => chunks.push(markFragments(split.head, fragments, split.tail, section.layout)) - 1,
      );
      // The section with no fragments at all, for entry points that take none of them.
      return {
        kind: "list",
        section,
        fragments: split.fragments,
        chunkJobs,
        small: smalls.push(`${split.head}\n${split.tail}`) - 1,
      };
    }),
  );
  const [formattedChunks, formattedSmalls] = await Promise.all([
    formatter.format(chunks),
    formatMany(formatter, smalls),
  ]);

  return templates.map((template, index) => ({
    name: template.name,
    summary: template.summary,
    sections: (plans[index] ?? []).map((plan): FormattedSection => {
      const small = formattedSmalls[plan.small] ?? "";
      if (plan.kind === "static") return { kind: "static", text: small, uses: plan.uses };
      const pieces = plan.chunkJobs.map((job) => splitMarkedText(formattedChunks[job] ?? ""));
      const [first] = pieces;
      if (!first || pieces.some((piece) => piece.head !== first.head || piece.tail !== first.tail)) {
        throw new Error("internal: formatting pieces of one section gave different frames");
      }
      const formatted = pieces.flatMap((piece) => piece.fragments).values();
      const fragments = plan.fragments.map((fragment) =>
        plan.section.laidOut?.has(fragment.key) ? fragment : formatted.next().value,
      );
      if (fragments.some((fragment) => fragment === undefined) || !formatted.next().done) {
        throw new Error("internal: formatting a section lost or added fragments");
      }
      return {
        kind: "list",
        layout: plan.section.layout,
        ...(plan.section.compose === undefined ? {} : { compose: plan.section.compose }),
        head: first.head,
        fragments: fragments as { key: SubjectKey; text: string }[],
        tail: first.tail,
        empty: small,
        uses: plan.section.uses,
        frameUses: plan.section.frameUses ?? [],
      };
    }),
  }));
}

/** A list section with only the fragments `include` accepts, exactly as prettier would lay it out. */
export function renderList(section: FormattedList, include: (key: SubjectKey) => boolean): string {
  const chosen = section.fragments.filter((fragment) => include(fragment.key));
  if (chosen.length === 0) return section.empty;
  const parts = [
    section.head,
    ...chosen.map((fragment) => fragment.text),
    section.tail.replace(/\n+$/, ""),
  ].filter((part) => part !== "");
  return `${parts.join(section.layout === "statements" ? "\n\n" : "\n")}\n`;
}
