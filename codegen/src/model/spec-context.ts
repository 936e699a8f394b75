import { IssueCollector } from "../errors.js";
import { escapePointerToken } from "../load/json-pointer.js";
import { V2_DOCS, type DocsRule } from "./docs.js";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** What every model-building step shares: the document, where it came from, and the issues found so far. */
export interface SpecContext {
  readonly file: string;
  readonly document: JsonObject;
  readonly issues: IssueCollector;
  /** How this API's spec documents things. */
  readonly docs: DocsRule;
  originalPointer(pointer: string): string;
  /** The operation a pointer lies in, so issues can name it. */
  operationAt(pointer: string): string | undefined;
}

export interface SpecContextOptions {
  readonly docs?: DocsRule;
  /**
   * Maps a pointer into `document` to the same place in the file the user gave, when the
   * document is a conversion of it (V1: Swagger 2.0 converted to OpenAPI 3).
   */
  readonly originalPointer?: (pointer: string) => string;
}

export function createSpecContext(
  file: string,
  document: JsonObject,
  options: SpecContextOptions = {},
): SpecContext {
  const operationsByPointer = new Map<string, string>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (isObject(operation) && typeof operation.operationId === "string") {
        operationsByPointer.set(`/paths/${escapePointerToken(path)}/${method}`, operation.operationId);
      }
    }
  }
  return {
    file,
    document,
    issues: new IssueCollector(file),
    docs: options.docs ?? V2_DOCS,
    originalPointer: options.originalPointer ?? ((pointer) => pointer),
    operationAt(pointer) {
      const [, paths, path, method] = pointer.split("/");
      return paths === "paths" ? operationsByPointer.get(`/paths/${path}/${method}`) : undefined;
    },
  };
}

/** Adds an issue at `pointer`, naming the operation it lies in. */
export function report(context: SpecContext, documentPointer: string, message: string): void {
  const operationId = context.operationAt(documentPointer);
  const pointer = context.originalPointer(documentPointer);
  context.issues.add(message, operationId === undefined ? { pointer } : { pointer, operationId });
}

/** Where a model comes from: the spec's file, hash and `info`, the same for every API. */
export function sourceOf(spec: {
  readonly file: string;
  readonly sha256: string;
  readonly document: unknown;
}) {
  const document = isObject(spec.document) ? spec.document : {};
  const info = isObject(document.info) ? document.info : {};
  return {
    file: spec.file,
    sha256: spec.sha256,
    info: {
      title: typeof info.title === "string" ? info.title : "",
      version: typeof info.version === "string" ? info.version : "",
    },
  };
}
