/**
 * The one way spec text becomes generated code: a function per output context. Spec text is
 * untrusted (PortOne's spec flows into published packages daily), so no emitter writes a spec
 * string into code except through these; `test/emit/escape-boundary.test.ts` holds them to it.
 */

/** What ECMAScript counts as a line break: each one ends a `//` comment. */
const LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/g;

/** The lines of a text for a block comment, each unable to close it (`*\/` becomes `*\\/`). */
export function blockCommentLines(text: string): string[] {
  return text.split(LINE_TERMINATOR).map((line) => line.replaceAll("*/", "*\\/").trimEnd());
}

/** Text for one `//` comment: every line break becomes a space, so nothing leaves the comment. */
export function lineCommentText(text: string): string {
  return text.replace(LINE_TERMINATOR, " ").trimEnd();
}

/**
 * A double-quoted string literal. JSON escapes quotes, backslashes and control characters;
 * U+2028 and U+2029 are escaped too, since older parsers (and some tools) end a line there.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A property key in an object literal or a type. `__proto__` is computed (`["__proto__"]`):
 * written bare or quoted, an object literal would set its prototype instead of a property.
 */
export function propertyKey(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return IDENTIFIER_NAME.test(key) ? key : stringLiteral(key);
}

/** `object.key` when the key is an identifier name, `object["key"]` otherwise. */
export function propertyAccess(object: string, key: string): string {
  return IDENTIFIER_NAME.test(key) && key !== "__proto__"
    ? `${object}.${key}`
    : `${object}[${stringLiteral(key)}]`;
}

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await " +
    "any bigint boolean never number object string symbol undefined unknown"
  ).split(" "),
);

/** Whether a name can be declared as it is. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER_NAME.test(name) && !RESERVED_WORDS.has(name);
}

/** A declarable name made from any text: other characters become `_`, a leading digit or a reserved word gets one more. */
export function identifier(text: string): string {
  if (isIdentifier(text)) return text;
  let name = text.replace(/[^A-Za-z0-9_$]/g, "_");
  if (!/^[A-Za-z_$]/.test(name)) name = `_${name}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}
