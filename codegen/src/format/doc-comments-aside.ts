import type { Formatter } from "./formatter.js";

/** A JSDoc block on lines of its own, followed by the line it documents. */
const OWN_LINE_DOC = /^([ \t]*)(\/\*\*[\s\S]*?\*\/)(?=\n)/gm;

interface SetAside {
  readonly source: string;
  readonly name: string;
  readonly docs: readonly string[];
}

/** An identifier the source does not contain, so a placeholder can never be mistaken for code. */
function placeholderName(source: string): string {
  let name = "__portoneTypedDoc";
  while (source.includes(name)) name += "_";
  return name;
}

/** The last character of code before `offset`, past blank lines and line comments (section markers). */
function lastCodeChar(source: string, offset: number): string | undefined {
  let end = offset;
  while (end > 0) {
    const start = source.lastIndexOf("\n", end - 1) + 1;
    const line = source.slice(start, end).trim();
    if (line !== "" && !line.startsWith("//")) return line[line.length - 1];
    end = start - 1;
  }
  return undefined;
}

/**
 * Each own-line JSDoc block replaced by a member (`__doc7: 0;`, or `,` where the list is
 * comma-separated) that prettier lays out exactly where the comment would be: a comment costs
 * prettier as much as the code it documents (about half of formatting V2), a member a third.
 */
function setDocsAside(source: string): SetAside {
  const name = placeholderName(source);
  const docs: string[] = [];
  const text = source.replace(OWN_LINE_DOC, (_match, indent: string, doc: string, offset: number) => {
    const previous = lastCodeChar(source, offset);
    const separator = previous === "," || previous === "{" ? "," : ";";
    docs.push(doc);
    return `${indent}${name}${docs.length - 1}: 0${separator}`;
  });
  return { source: text, name, docs };
}

/** A JSDoc block as prettier prints it at `indent`: each line of a `*`-led block re-indented, any other verbatim. */
export function printDoc(doc: string, indent: string): string {
  const value = doc.slice(2, -2);
  const lines = value.split("\n");
  const indentable =
    lines.length > 1 && `*${value}*`.split("\n").every((line) => line.trimStart()[0] === "*");
  if (!indentable) return doc;
  const last = lines.length - 1;
  const printed = lines.map((line, index) =>
    index === 0 ? line.trimEnd() : ` ${index < last ? line.trim() : line.trimStart()}`,
  );
  return `/*${printed.join(`\n${indent}`)}*/`;
}

/** The formatted text with each placeholder line back as its comment; undefined if any went missing. */
function restoreDocs(formatted: string, aside: SetAside): string | undefined {
  const placeholder = new RegExp(`^([ \\t]*)${aside.name}(\\d+): 0[;,]?$`, "gm");
  let restored = 0;
  const text = formatted.replace(placeholder, (line, indent: string, index: string) => {
    const doc = aside.docs[Number(index)];
    if (doc === undefined) return line;
    restored += 1;
    return `${indent}${printDoc(doc, indent)}`;
  });
  return restored === aside.docs.length ? text : undefined;
}

/**
 * A formatter that gives prettier the sources with their JSDoc set aside and puts it back, byte
 * for byte what prettier prints with it. A source where that cannot hold (a comment where no
 * member may stand, so the placeholder does not parse, or one prettier moved) is formatted as is.
 */
export function withDocCommentsAside(formatter: Formatter): Formatter {
  return {
    async format(sources) {
      const asides = sources.map(setDocsAside);
      const attempts = await Promise.allSettled(asides.map((aside) => formatter.format([aside.source])));
      return Promise.all(
        attempts.map(async (attempt, index) => {
          const aside = asides[index] as SetAside;
          const restored =
            attempt.status === "fulfilled" ? restoreDocs(attempt.value[0] ?? "", aside) : undefined;
          if (restored !== undefined) return restored;
          const [plain = ""] = await formatter.format([sources[index] as string]);
          return plain;
        }),
      );
    },
    close: () => formatter.close(),
  };
}
