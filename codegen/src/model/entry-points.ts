import { escapePointerToken } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type { EntryPoint, Operation, SchemaInfo } from "./model.js";
import { isObject, report, type SpecContext } from "./spec-context.js";

const ENTRY_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Every schema reachable from `roots` through `$ref`s, in document order. */
export function schemaClosure(schemas: readonly SchemaInfo[], roots: Iterable<string>): string[] {
  const refsOf = new Map(schemas.map((schema) => [schema.name, schema.refs]));
  const reached = new Set<string>();
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...(refsOf.get(name) ?? []));
  }
  return schemas.map((schema) => schema.name).filter((name) => reached.has(name));
}

function declaredCategories(context: SpecContext): Map<string, Record<string, unknown>> {
  const declared = new Map<string, Record<string, unknown>>();
  const categories = context.document["x-portone-categories"];
  if (Array.isArray(categories)) {
    for (const category of categories) {
      if (isObject(category) && typeof category.id === "string") declared.set(category.id, category);
    }
  }
  return declared;
}

/**
 * One entry point per top-level category that has operations, documented from
 * `x-portone-categories`, sorted by id.
 */
export function readEntryPoints(
  context: SpecContext,
  operations: readonly Operation[],
  schemas: readonly SchemaInfo[],
): EntryPoint[] {
  const declared = declaredCategories(context);
  const pathsOfEntry = new Map<string, Set<string>>();
  for (const operation of operations) {
    const paths = pathsOfEntry.get(operation.entry) ?? new Set<string>();
    paths.add(operation.path);
    pathsOfEntry.set(operation.entry, paths);
  }
  const entries: EntryPoint[] = [];
  for (const [id, paths] of pathsOfEntry) {
    if (!ENTRY_ID.test(id)) {
      const first = operations.find((operation) => operation.entry === id);
      const pointer = first
        ? `/paths/${escapePointerToken(first.path)}/${first.method}/x-portone-category`
        : "";
      report(
        context,
        pointer,
        `category "${id}" cannot name an entry point (letters, digits, _ and - only, starting with a letter)`,
      );
      continue;
    }
    const entryOperations = operations.filter((operation) => paths.has(operation.path));
    const category = declared.get(id);
    entries.push({
      id,
      docs: category ? docsOf(category, context.docs) : {},
      operationIds: entryOperations.map((operation) => operation.operationId),
      paths: [...paths],
      schemas: schemaClosure(
        schemas,
        entryOperations.flatMap((operation) => operation.refs),
      ),
    });
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
