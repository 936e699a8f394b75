import { IssueCollector } from "../errors.js";
import { escapePointerToken } from "../load/json-pointer.js";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** What every model-building step shares: the document, where it came from, and the issues found so far. */
export interface SpecContext {
  readonly file: string;
  readonly document: JsonObject;
  readonly issues: IssueCollector;
  /** The operation a pointer lies in, so issues can name it. */
  operationAt(pointer: string): string | undefined;
}

export function createSpecContext(file: string, document: JsonObject): SpecContext {
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
    operationAt(pointer) {
      const [, paths, path, method] = pointer.split("/");
      return paths === "paths" ? operationsByPointer.get(`/paths/${path}/${method}`) : undefined;
    },
  };
}

/** Adds an issue at `pointer`, naming the operation it lies in. */
export function report(context: SpecContext, pointer: string, message: string): void {
  const operationId = context.operationAt(pointer);
  context.issues.add(message, operationId === undefined ? { pointer } : { pointer, operationId });
}
