import {
  markFragments,
  splitMarkedText,
  type FragmentLayout,
  type ModuleTemplate,
  type SplitSection,
  type SubjectKey,
} from "../emit/sections.js";
import type { Formatter } from "./formatter.js";

export interface FormattedList {
  readonly kind: "list";
  readonly layout: FragmentLayout;
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

/**
 * Formats every section of every template with prettier in one batch (in parallel where the
 * formatter has workers) and splits list sections back into their formatted fragments.
 */
export async function formatTemplates(
  templates: readonly ModuleTemplate[],
  formatter: Formatter,
): Promise<FormattedTemplate[]> {
  const jobs: string[] = [];
  const enqueue = (source: string): number => jobs.push(source) - 1;
  const plans = templates.map((template) =>
    template.sections.map((section) => {
      if (section.kind === "static") return { section, job: enqueue(section.text) };
      const split = splitMarkedText(section.markedText);
      return {
        section,
        chunkJobs: chunk(split.fragments).map((fragments) =>
          enqueue(markFragments(split.head, fragments, split.tail, section.layout)),
        ),
        emptyJob: enqueue(`${split.head}\n${split.tail}`),
      };
    }),
  );
  const results = await formatter.format(jobs);
  const result = (job: number): string => results[job] ?? "";

  return templates.map((template, index) => ({
    name: template.name,
    summary: template.summary,
    sections: (plans[index] ?? []).map((plan): FormattedSection => {
      if (plan.section.kind === "static")
        return { kind: "static", text: result(plan.job ?? -1), uses: plan.section.uses };
      const pieces: SplitSection[] = (plan.chunkJobs ?? []).map((job) => splitMarkedText(result(job)));
      const [first] = pieces;
      if (!first || pieces.some((piece) => piece.head !== first.head || piece.tail !== first.tail)) {
        throw new Error("internal: formatting pieces of one section gave different frames");
      }
      return {
        kind: "list",
        layout: plan.section.layout,
        head: first.head,
        fragments: pieces.flatMap((piece) => piece.fragments),
        tail: first.tail,
        empty: result(plan.emptyJob ?? -1),
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
