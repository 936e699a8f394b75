import ts from "typescript";
import { printDoc } from "../format/doc-comments-aside.js";
import { INDENT as STEP, isPlainKey, PRINT_WIDTH } from "./laid-out.js";

/**
 * openapi-typescript's members (a path, a schema, an operation) written exactly as prettier
 * prints them, so they skip the formatting pass: they are two thirds of what V2 gives prettier.
 *
 * Laid out: property signatures whose types are object literals, one member a line, or types
 * the TypeScript printer writes on one line and prettier would write the same way because they
 * fit in 80 columns and hold nothing prettier rearranges (no object type, function type,
 * template, comment or escape, and only printable ASCII, so a character is a column). Anything
 * else gives undefined, and the caller sends the member through prettier as before.
 * `test/emit/laid-out.test.ts` checks every member of the real specs against prettier.
 */

/** One-line type text prettier prints as the TypeScript printer does. */
const SIMPLE_TYPE = /^[A-Za-z0-9_$ "[\]<>|&(),.-]*$/;
const INDEX_SIGNATURE = /^\[[A-Za-z_$][A-Za-z0-9_$]*: (string|number)\]: (.*);$/;
/** A quoted key prettier leaves quoted: not an identifier name nor a number. */
const QUOTED_KEY = /^"(?![A-Za-z_$][A-Za-z0-9_$]*"$)(?![0-9.]+"$)[\x20\x21\x23-\x5b\x5d-\x7e]*"$/;

export type Print = (node: ts.Node) => string;

function docs(node: ts.Node, indent: string): string | undefined {
  if ((ts.getSyntheticTrailingComments(node) ?? []).length > 0) return undefined;
  let text = "";
  for (const comment of ts.getSyntheticLeadingComments(node) ?? []) {
    if (comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia || !comment.hasTrailingNewLine)
      return undefined;
    if (!comment.text.startsWith("*") || comment.text.includes("*/")) return undefined;
    text += `${indent}${printDoc(`/*${comment.text}*/`, indent)}\n`;
  }
  return text;
}

function key(name: ts.PropertyName, print: Print): string | undefined {
  if (ts.isIdentifier(name)) return isPlainKey(name.text) ? name.text : undefined;
  if (ts.isNumericLiteral(name)) return /^[0-9]+$/.test(name.text) ? name.text : undefined;
  if (ts.isStringLiteral(name)) {
    const text = print(name);
    return QUOTED_KEY.test(text) ? text : undefined;
  }
  return undefined;
}

function typeLiteralBody(node: ts.TypeLiteralNode, indent: string, print: Print): string | undefined {
  // The printer writes an object type on one line only when asked to (EmitFlags.SingleLine),
  // which the pinned openapi-typescript never does.
  if (node.members.length === 0) return undefined;
  const lines: string[] = [];
  for (const member of node.members) {
    const text = laidOutMember(member, `${indent}${STEP}`, print);
    if (text === undefined) return undefined;
    lines.push(text);
  }
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** `indent` + the member as prettier prints it there, its doc comments above it; undefined where prettier must decide. */
export function laidOutMember(member: ts.TypeElement, indent: string, print: Print): string | undefined {
  const doc = docs(member, indent);
  if (doc === undefined) return undefined;
  if (ts.isIndexSignatureDeclaration(member)) {
    const text = print(member);
    const line = `${indent}${text}`;
    const type = INDEX_SIGNATURE.exec(text)?.[2];
    return type !== undefined && SIMPLE_TYPE.test(type) && line.length <= PRINT_WIDTH
      ? `${doc}${line}`
      : undefined;
  }
  if (!ts.isPropertySignature(member) || !member.type) return undefined;
  const modifiers = member.modifiers ?? [];
  if (modifiers.some((modifier) => modifier.kind !== ts.SyntaxKind.ReadonlyKeyword)) return undefined;
  const name = key(member.name, print);
  if (name === undefined) return undefined;
  const head = `${indent}${modifiers.length > 0 ? "readonly " : ""}${name}${member.questionToken ? "?" : ""}: `;

  const type = member.type;
  const literal = ts.isTypeLiteralNode(type)
    ? { node: type, after: "" }
    : ts.isArrayTypeNode(type) && ts.isTypeLiteralNode(type.elementType)
      ? { node: type.elementType, after: "[]" }
      : undefined;
  if (literal) {
    if (`${head}{`.length > PRINT_WIDTH) return undefined;
    const body = typeLiteralBody(literal.node, indent, print);
    return body === undefined ? undefined : `${doc}${head}${body}${literal.after};`;
  }
  const text = print(type);
  if (!SIMPLE_TYPE.test(text)) return undefined;
  const line = `${head}${text};`;
  if (line.length <= PRINT_WIDTH) return `${doc}${line}`;
  const union = ts.isUnionTypeNode(type) ? unionLayout(type, text, head, indent, print) : undefined;
  return union === undefined ? undefined : `${doc}${union}`;
}

const KEYWORD_TYPES = new Set([
  ts.SyntaxKind.AnyKeyword,
  ts.SyntaxKind.UnknownKeyword,
  ts.SyntaxKind.NeverKeyword,
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.UndefinedKeyword,
]);

/** A type prettier keeps on one line: it has no union, object type or type arguments to break. */
function unbreakable(node: ts.TypeNode): boolean {
  return ts.isIndexedAccessTypeNode(node)
    ? unbreakable(node.objectType) && unbreakable(node.indexType)
    : ts.isLiteralTypeNode(node) ||
        (ts.isTypeReferenceNode(node) && node.typeArguments === undefined) ||
        (ts.isArrayTypeNode(node) && unbreakable(node.elementType)) ||
        KEYWORD_TYPES.has(node.kind);
}

/**
 * A union (`flat` as the printer writes it) that does not fit after its key: on the next line if it fits there, else one case a
 * line after `| `, when every case fits its line.
 */
function unionLayout(
  type: ts.UnionTypeNode,
  flat: string,
  head: string,
  indent: string,
  print: Print,
): string | undefined {
  const next = `${indent}${STEP}`;
  if (`${next}${flat};`.length <= PRINT_WIDTH) return `${head.trimEnd()}\n${next}${flat};`;
  const lines: string[] = [];
  for (const [index, member] of type.types.entries()) {
    const end = index === type.types.length - 1 ? ";" : "";
    const line = `${next}| ${print(member)}${end}`;
    if (!unbreakable(member) && line.length > PRINT_WIDTH) return undefined;
    lines.push(line);
  }
  return `${head.trimEnd()}\n${lines.join("\n")}`;
}
