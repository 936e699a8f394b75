import { escapePointerToken } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type { Docs, EntryPoint, Operation, SchemaInfo } from "./model.js";
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

/**
 * The docs of every category `x-portone-categories` declares (a tree of `{ id, title,
 * children }`), by dotted path, for entry points and client groups alike.
 */
export function declaredCategoryDocs(context: SpecContext): Map<string, Docs> {
  const docs = new Map<string, Docs>();
  const visit = (nodes: unknown, prefix: string) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes) {
      if (!isObject(node) || typeof node.id !== "string") continue;
      // PortOne writes children's ids whole (`payment.billingKey`); a bare one is taken as relative.
      const path = prefix === "" || node.id.startsWith(`${prefix}.`) ? node.id : `${prefix}.${node.id}`;
      docs.set(path, docsOf(node, context.docs));
      visit(node.children, path);
    }
  };
  visit(context.document["x-portone-categories"], "");
  return docs;
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
  const declared = declaredCategoryDocs(context);
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
    entries.push({
      id,
      docs: declared.get(id) ?? {},
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
