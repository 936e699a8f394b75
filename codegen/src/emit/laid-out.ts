import { printDoc } from "../format/doc-comments-aside.js";
import { propertyKey, stringLiteral } from "./escape.js";
import { blockComment } from "./jsdoc.js";

/**
 * Statements of a few regular shapes written exactly as prettier prints them, so they skip the
 * formatting pass: enum and error consts, aliases of one schema, `interface X extends
 * NamedSchema<…> {}`. They are most of `enums.ts`, `errors.ts` and `types.ts`, and prettier
 * takes about as long over them as over the rest of V2's output.
 *
 * Only code whose every character is printable ASCII is laid out here, so a character is a
 * column and prettier's choices depend on widths alone; a string with `"` or `\` (which prettier
 * may requote) or a key that is not an identifier gives undefined, and the caller sends the
 * statement through prettier as before. `test/emit/laid-out.test.ts` checks each shape against
 * prettier at the widths where its layout changes, and every laid-out fragment of the real specs.
 */

export const PRINT_WIDTH = 80;
/** prettier's indentation step (tabWidth 2, spaces). */
export const INDENT = "  ";
/** prettier keeps `key: value` on one line when the key is narrower than this (tabWidth + 3). */
const SHORT_KEY_WIDTH = 5;

const PLAIN_CODE = /^[\x20-\x7e]*$/;
const PLAIN_STRING_LITERAL = /^"[\x20\x21\x23-\x5b\x5d-\x7e]*"$/;
const DIGITS = /^[0-9]+$/;

/** A key `propertyKey` writes bare (an identifier name, not `__proto__`): prettier leaves it as it is. */
export const isPlainKey = (key: string): boolean => propertyKey(key) === key;

/** A doc comment of these lines as prettier prints it at `indent`, on a line of its own; none for no lines. */
function docBlock(lines: readonly string[], indent: string): string {
  return lines.length === 0 ? "" : `${indent}${printDoc(blockComment(lines), indent)}\n`;
}

export interface ConstEntry {
  /** The key as written (`propertyKey`), the value as written (`stringLiteral` or digits). */
  readonly key: string;
  readonly value: string;
  readonly doc: readonly string[];
}

function entryText(entry: ConstEntry, indent: string): string | undefined {
  if (!isPlainKey(entry.key)) return undefined;
  const line = `${indent}${entry.key}: ${entry.value},`;
  let code: string;
  if (DIGITS.test(entry.value)) code = line;
  else if (!PLAIN_STRING_LITERAL.test(entry.value)) return undefined;
  // A string that does not fit goes under its key, unless the key is too short to be worth it.
  else if (line.length <= PRINT_WIDTH || entry.key.length < SHORT_KEY_WIDTH) code = line;
  else code = `${indent}${entry.key}:\n${indent}${INDENT}${entry.value},`;
  return `${docBlock(entry.doc, indent)}${code}`;
}

/** A type argument list prettier never breaks: one name (`ErrorTypes<CancelPaymentErrorType>`). */
const ONE_NAME_ARGUMENT = /^[A-Za-z_$][A-Za-z0-9_$]*<[A-Za-z_$][A-Za-z0-9_$]*>$/;

/**
 * `export const Name = { KEY: "VALUE", … } as const;`, one entry a line, each with its doc; with
 * `type`, `export const Name: Type = { … };` instead, the object on the next line, one step in,
 * when its first line does not fit.
 */
export function laidOutConst(
  name: string,
  doc: readonly string[],
  entries: readonly ConstEntry[],
  type?: string,
): string | undefined {
  if (entries.length === 0 || (type !== undefined && !ONE_NAME_ARGUMENT.test(type))) return undefined;
  const declaration = `export const ${name}${type === undefined ? "" : `: ${type}`} =`;
  if (!PLAIN_CODE.test(declaration)) return undefined;
  const hugs = `${declaration} {`.length <= PRINT_WIDTH;
  if (!hugs && type === undefined) return undefined;
  const indent = hugs ? "" : INDENT;
  const lines: string[] = [];
  for (const entry of entries) {
    const text = entryText(entry, `${indent}${INDENT}`);
    if (text === undefined) return undefined;
    lines.push(text);
  }
  const open = hugs ? `${declaration} {` : `${declaration}\n${INDENT}{`;
  const close = `${indent}}${type === undefined ? " as const" : ""};`;
  return `${docBlock(doc, "")}${open}\n${lines.join("\n")}\n${close}`;
}

/**
 * `export type Name = "A" | "B";`: on the next line when it does not fit, one case a line after
 * `| ` when it does not fit there either. Only for two or more string literals.
 */
export function laidOutLiteralUnion(
  name: string,
  doc: readonly string[],
  literals: readonly string[],
): string | undefined {
  if (literals.length < 2 || !literals.every((literal) => PLAIN_STRING_LITERAL.test(literal)))
    return undefined;
  const flat = literals.join(" | ");
  const line = `export type ${name} = ${flat};`;
  if (!PLAIN_CODE.test(line)) return undefined;
  const code =
    line.length <= PRINT_WIDTH
      ? line
      : `${INDENT}${flat};`.length <= PRINT_WIDTH
        ? `export type ${name} =\n${INDENT}${flat};`
        : `export type ${name} =\n${literals.map((literal) => `${INDENT}| ${literal}`).join("\n")};`;
  return `${docBlock(doc, "")}${code}`;
}

/**
 * `export type Name = Type;`, the type moved to the next line when the statement does not fit.
 * Only for a type prettier never breaks itself: `components["schemas"]["X"]` or
 * `(typeof X)[keyof typeof X]` (the caller says which by calling this at all).
 */
export function laidOutAlias(name: string, doc: readonly string[], type: string): string | undefined {
  const line = `export type ${name} = ${type};`;
  if (!PLAIN_CODE.test(line) || line.includes("\\")) return undefined;
  const code = line.length <= PRINT_WIDTH ? line : `export type ${name} =\n${INDENT}${type};`;
  return `${docBlock(doc, "")}${code}`;
}

/** `export interface Name extends Base<Argument> {}`, the argument on a line of its own when it does not fit. */
export function laidOutExtendingInterface(
  name: string,
  doc: readonly string[],
  base: string,
  argument: string,
): string | undefined {
  const line = `export interface ${name} extends ${base}<${argument}> {}`;
  if (!PLAIN_CODE.test(line) || line.includes("\\")) return undefined;
  const code =
    line.length <= PRINT_WIDTH
      ? line
      : `export interface ${name} extends ${base}<\n${INDENT}${argument}\n> {}`;
  return `${docBlock(doc, "")}${code}`;
}

/**
 * A JSON-like value (strings, numbers, booleans, null, arrays and objects with identifier keys)
 * on one line as prettier prints it: `{ a: "x", b: [1, 2] }`, `{}`; undefined for anything else.
 */
export function laidOutValue(value: unknown): string | undefined {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  if (typeof value === "string") {
    const literal = stringLiteral(value);
    return PLAIN_STRING_LITERAL.test(literal) ? literal : undefined;
  }
  const parts: string[] = [];
  const entries = Array.isArray(value)
    ? value.map((item) => [undefined, item] as const)
    : typeof value === "object"
      ? Object.entries(value as object)
      : undefined;
  if (entries === undefined) return undefined;
  for (const [key, item] of entries) {
    const text = laidOutValue(item);
    if (text === undefined || (key !== undefined && !isPlainKey(key))) return undefined;
    parts.push(key === undefined ? text : `${key}: ${text}`);
  }
  if (Array.isArray(value)) return `[${parts.join(", ")}]`;
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

/**
 * `  key: {` with a `field: value,` line for each field and `  },`: a member of an object literal
 * whose fields each fit on their line; undefined when one does not (prettier would break it).
 */
export function laidOutObjectMember(
  key: string,
  doc: readonly string[],
  fields: readonly { readonly name: string; readonly value: unknown }[],
): string | undefined {
  if (!isPlainKey(key) || fields.length === 0) return undefined;
  const lines = [`${INDENT}${key}: {`];
  for (const field of fields) {
    const value = laidOutValue(field.value);
    const line = `${INDENT}${INDENT}${field.name}: ${value},`;
    if (value === undefined || !isPlainKey(field.name) || line.length > PRINT_WIDTH) return undefined;
    lines.push(line);
  }
  if ((lines[0] ?? "").length > PRINT_WIDTH) return undefined;
  return `${docBlock(doc, INDENT)}${lines.join("\n")}\n${INDENT}},`;
}

/** The statements of one fragment, if every one of them could be laid out. */
export function laidOutStatements(statements: readonly (string | undefined)[]): string | undefined {
  return statements.every((statement) => statement !== undefined) ? statements.join("\n") : undefined;
}
