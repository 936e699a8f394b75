/**
 * What a string schema's `pattern` says when it is a plain literal, as a template literal
 * type's parts: `\[000000\]` (unanchored: "contains") is `${string}[000000]${string}`, `^ab` is
 * `ab${string}`. Any other pattern says nothing a type can hold, and the string stays `string`.
 */
export interface LiteralPattern {
  readonly literal: string;
  readonly anyBefore: boolean;
  readonly anyAfter: boolean;
}

// Characters that mean something in a regular expression unless escaped.
const SPECIAL = new Set([..."\\^$.|?*+()[]{}"]);
// Escapes that stand for the character itself (`\d`, `\w`, `\b`, … stand for classes or positions).
const IDENTITY_ESCAPE = new Set([..."\\^$.|?*+()[]{}/-"]);

export function literalPattern(pattern: string): LiteralPattern | undefined {
  let body = pattern;
  const anchoredStart = body.startsWith("^");
  if (anchoredStart) body = body.slice(1);
  const anchoredEnd = body.endsWith("$") && !body.endsWith("\\$");
  if (anchoredEnd) body = body.slice(0, -1);
  let literal = "";
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string;
    if (char === "\\") {
      const next = body[index + 1];
      if (next === undefined || !IDENTITY_ESCAPE.has(next)) return undefined;
      literal += next;
      index++;
    } else if (SPECIAL.has(char)) {
      return undefined;
    } else {
      literal += char;
    }
  }
  if (literal === "") return undefined;
  return { literal, anyBefore: !anchoredStart, anyAfter: !anchoredEnd };
}
