import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { SpecError } from "../errors.js";
import { escapePointerToken } from "./json-pointer.js";
import { parseSpecText } from "./parse-text.js";

export interface LoadedSpec {
  /** The path or URL as the user gave it; every message about this spec names it so. */
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
  readonly document: unknown;
}

export interface LoadSpecOptions {
  readonly cwd: string;
  readonly fetch: typeof globalThis.fetch;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** What a rejected fetch says, with its cause: "fetch failed (getaddrinfo ENOTFOUND host)". */
export function fetchFailure(error: unknown): string {
  const cause = (error as { cause?: { message?: string } }).cause?.message;
  return `${(error as Error).message}${cause ? ` (${cause})` : ""}`;
}

async function readSource(source: string, options: LoadSpecOptions): Promise<string> {
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await options.fetch(source);
    } catch (error) {
      throw new SpecError([{ file: source, message: `cannot download: ${fetchFailure(error)}` }]);
    }
    if (!response.ok) {
      throw new SpecError([{ file: source, message: `cannot download: HTTP ${response.status}` }]);
    }
    return response.text();
  }
  try {
    return (await readRegularFile(path.resolve(options.cwd, source))).toString("utf8");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : message;
    throw new SpecError([{ file: source, message: `cannot read spec: ${reason}` }]);
  }
}

/**
 * Reads a file that must be a regular one. Opened non-blocking and checked before reading,
 * so a FIFO or a device given as a spec is an error rather than a read that never ends.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!stats.isFile()) {
      const kind = stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : "a device";
      throw new Error(`not a regular file (${kind})`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * A spec from text already read, named `file` in every message. `sha256` defaults to the
 * text's; give the bytes' when the text was decoded from them.
 */
export async function specFromText(
  file: string,
  text: string,
  sha256 = sha256Hex(text),
): Promise<LoadedSpec> {
  const document = await parseSpecText(file, text);
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new SpecError([{ file, pointer: "", message: "a spec must be a JSON or YAML object" }]);
  }
  const tooDeep = firstTooDeep(document);
  if (tooDeep !== undefined) {
    throw new SpecError([
      {
        file,
        pointer: tooDeep,
        message: `nested more than ${MAX_DEPTH} levels deep (PortOne's specs nest about 10)`,
      },
    ]);
  }
  return { file, text, sha256, document };
}

/** Every walk over a spec recurses; a document nested deeper than this would overflow the stack. */
export const MAX_DEPTH = 200;

interface Visit {
  readonly node: unknown;
  readonly depth: number;
  readonly parent?: Visit;
  readonly key?: string;
}

/** The pointer of the first value nested deeper than `MAX_DEPTH`, found without recursing (pointers built only for it). */
function firstTooDeep(document: object): string | undefined {
  const pending: Visit[] = [{ node: document, depth: 0 }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const { node, depth } = visit;
    if (node === null || typeof node !== "object") continue;
    if (depth >= MAX_DEPTH) {
      const keys: string[] = [];
      for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) keys.push(at.key);
      return keys
        .reverse()
        .map((key) => `/${escapePointerToken(key)}`)
        .join("");
    }
    for (const key in node)
      pending.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, parent: visit, key });
  }
  return undefined;
}

/** Reads a spec from a file or an http(s) URL and parses it as JSON or YAML. */
export async function loadSpec(source: string, options: LoadSpecOptions): Promise<LoadedSpec> {
  return specFromText(source, await readSource(source, options));
}
