import type { Docs } from "./model.js";

/** Where an API's spec keeps the documentation of a node, and how to read it. */
export interface DocsRule {
  readonly titleKeys: readonly string[];
  readonly operationTitleKeys: readonly string[];
  readonly descriptionKeys: readonly string[];
  /** Merge every description found (V2), or take the first (V1, whose `description` is an HTML copy). */
  readonly mergeDescriptions: boolean;
  /** Whether the spec writes HTML (`<br>`, `<b>`, `<ul>`) in its texts. */
  readonly html: boolean;
  readonly deprecatedWhenTitleSays?: RegExp;
}

/**
 * V2: `title` wins over `x-portone-title` because a property's own title is more specific than
 * the one it inherits from a `$ref`; descriptions are merged without repeating the title or
 * each other, since PortOne often writes the same sentence in all three.
 */
export const V2_DOCS: DocsRule = {
  titleKeys: ["title", "x-portone-title", "summary"],
  operationTitleKeys: ["x-portone-title", "summary"],
  descriptionKeys: ["description", "x-portone-description"],
  mergeDescriptions: true,
  html: false,
};

/**
 * V1: `x-portone-name` is the short name and `x-portone-description` the Markdown text;
 * `description` is an older HTML rendering, used only where nothing else is given. A name
 * marked "(deprecated)" (the `pg` parameter's) deprecates the thing.
 */
export const V1_DOCS: DocsRule = {
  titleKeys: ["x-portone-name", "title"],
  operationTitleKeys: ["x-portone-name", "summary"],
  descriptionKeys: ["x-portone-description", "description"],
  mergeDescriptions: false,
  html: true,
  deprecatedWhenTitleSays: /\(deprecated\)/i,
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The few HTML constructs PortOne's V1 descriptions use, as plain text with Markdown emphasis. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(b|strong)>/gi, "**")
    .replace(/<li>/gi, "\n- ")
    .replace(/<\/li>/gi, "")
    .replace(/<\/?(ul|ol)>/gi, "\n")
    .replace(/<p>/gi, "")
    .replace(/<\/p>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name.toLowerCase()] ?? entity),
    )
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function text(value: unknown, html: boolean): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = html ? htmlToText(value) : value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * Whether a node is marked `x-portone-unstable`. Older V2 specs write the flag as the string
 * `"true"`; it means the same as `true`, for the model and the diff alike.
 */
export function isMarkedUnstable(node: Record<string, unknown>): boolean {
  const flag = node["x-portone-unstable"];
  return flag === true || flag === "true";
}

/** The documentation of a spec node under an API's docs rule. */
export function docsOf(
  node: Record<string, unknown>,
  rule: DocsRule = V2_DOCS,
  titleKeys = rule.titleKeys,
): Docs {
  let title: string | undefined;
  for (const key of titleKeys) {
    title ??= text(node[key], rule.html);
  }
  const descriptions: string[] = [];
  for (const key of rule.descriptionKeys) {
    const raw = text(node[key], rule.html);
    if (raw === undefined || (!rule.mergeDescriptions && descriptions.length > 0)) continue;
    const withoutTitle =
      title !== undefined && raw.startsWith(`${title}\n\n`) ? raw.slice(title.length + 2).trim() : raw;
    if (withoutTitle === title || descriptions.some((seen) => seen.includes(withoutTitle))) continue;
    const superseded = descriptions.findIndex((seen) => withoutTitle.includes(seen));
    if (superseded >= 0) descriptions.splice(superseded, 1);
    descriptions.push(withoutTitle);
  }
  const docs: { -readonly [K in keyof Docs]: Docs[K] } = {};
  if (title !== undefined) docs.title = title;
  if (descriptions.length > 0) docs.description = descriptions.join("\n\n");
  if (node.deprecated === true || (title !== undefined && rule.deprecatedWhenTitleSays?.test(title)))
    docs.deprecated = true;
  if (isMarkedUnstable(node)) docs.unstable = true;
  return docs;
}

/**
 * Every key whose value is documentation, for either API: what the docs rules read, plus the
 * examples. The one list the model, the diff (a change to one is documentation) and the update's
 * package view (a change to one is no change of a type) share.
 */
export const DOCUMENTATION_KEYS: readonly string[] = [
  ...new Set([
    ...[V2_DOCS, V1_DOCS].flatMap((rule) => [
      ...rule.titleKeys,
      ...rule.operationTitleKeys,
      ...rule.descriptionKeys,
    ]),
    "x-portone-summary",
    "example",
    "examples",
    "externalDocs",
  ]),
];
