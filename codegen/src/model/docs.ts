import type { Docs } from "./model.js";

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * The documentation of a spec node. `title` wins over `x-portone-title` because a property's
 * own title is more specific than the one it inherits from a `$ref`; descriptions are merged
 * without repeating the title or each other, since PortOne often writes the same sentence in
 * `title`, `description` and `x-portone-description`.
 */
export function docsOf(
  node: Record<string, unknown>,
  nameKeys: readonly string[] = ["title", "x-portone-title", "summary"],
): Docs {
  let title: string | undefined;
  for (const key of nameKeys) {
    title ??= text(node[key]);
  }
  const descriptions: string[] = [];
  for (const raw of [text(node.description), text(node["x-portone-description"])]) {
    if (raw === undefined) continue;
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
  if (node.deprecated === true) docs.deprecated = true;
  if (node["x-portone-unstable"] === true) docs.unstable = true;
  return docs;
}
