import { SpecError } from "../errors.js";

/** Line and column (both from 1) of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function looksLikeYaml(file: string, text: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  const first = text.trimStart()[0];
  return first !== "{" && first !== "[";
}

/**
 * Parses a spec's text as JSON or YAML (by extension, else by its first character).
 * Syntax errors name the file and the line and column.
 */
export async function parseSpecText(file: string, text: string): Promise<unknown> {
  return looksLikeYaml(file, text) ? parseYaml(file, text) : parseJson(file, text);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1];
    const position = positionAt(text, offset === undefined ? text.length : Number(offset));
    throw new SpecError([{ file, position, message: `invalid JSON: ${message}` }]);
  }
}

async function parseYaml(file: string, text: string): Promise<unknown> {
  // Loaded only for YAML: PortOne publishes JSON, and every run pays for what it imports.
  const { parseDocument } = await import("yaml");
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const linePos = first.linePos?.[0];
    const position = linePos ? { line: linePos.line, column: linePos.col } : positionAt(text, first.pos[0]);
    throw new SpecError([{ file, position, message: `invalid YAML: ${first.message}` }]);
  }
  try {
    // The alias budget stops a "billion laughs" document before it takes the memory.
    return document.toJS({ maxAliasCount: 10_000 });
  } catch (error) {
    const message = (error as Error).message;
    if (!/alias/i.test(message)) throw error;
    throw new SpecError([
      {
        file,
        message: "invalid YAML: its aliases expand beyond 10000 nodes (a resource-exhaustion document?)",
      },
    ]);
  }
}
