import { DOCUMENTATION_KEYS } from "../model/docs.js";
import type { ApiModel, ApiName } from "../model/model.js";

/** The npm package each API's generated types ship in, and its entry points below the root. */
export const PACKAGES: Readonly<Record<ApiName, { name: string; categoryEntries: Record<string, string> }>> =
  {
    v1: { name: "@portone-typed/v1", categoryEntries: {} },
    v2: {
      name: "@portone-typed/v2",
      categoryEntries: { identityVerification: "@portone-typed/v2/identity-verification" },
    },
  };

/**
 * What a package user can name: exported types with their shape, operations, and the cases
 * of every union and enum (what an exhaustive `switch` has to cover). Shapes leave docs out,
 * so a reworded description is not a changed type.
 */
export interface ApiSurface {
  readonly api: ApiName;
  readonly packageName: string;
  readonly types: ReadonlyMap<string, string>;
  /** operationId → `METHOD path` and shape. */
  readonly operations: ReadonlyMap<string, { readonly key: string; readonly shape: string }>;
  /** Union name → tag property and tags. */
  readonly unions: ReadonlyMap<string, { readonly tagProperty: string; readonly tags: readonly string[] }>;
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** Type name → the package's category entry points that export it too. */
  readonly entriesOf: ReadonlyMap<string, readonly string[]>;
}

export type SurfaceChangeKind =
  | "type-added"
  | "type-removed"
  | "type-changed"
  | "operation-added"
  | "operation-removed"
  | "operation-changed"
  | "case-added"
  | "case-removed"
  | "enum-value-added"
  | "enum-value-removed";

export interface SurfaceChange {
  readonly kind: SurfaceChangeKind;
  /** The exported name: a type, an operationId, a union or an enum. */
  readonly name: string;
  /** The case or value, for case and enum-value changes; `METHOD path` for operations. */
  readonly value?: string;
  /** The union's tag property, for case changes (`switch (x.<tag>)`). */
  readonly tagProperty?: string;
  /** Category entry points that export the type as well as the root. */
  readonly entries?: readonly string[];
}

// Deprecation changes a type's JSDoc, not the type.
const DOC_KEYS = new Set([...DOCUMENTATION_KEYS, "deprecated"]);

/** JSON with sorted keys and no documentation: equal exactly when the types are. */
function shapeOf(node: unknown): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !DOC_KEYS.has(key))
        .sort()
        .map((key) => [key, strip((value as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(strip(node));
}

export function apiSurface(model: ApiModel): ApiSurface {
  const document = model.baseDocument as {
    components?: { schemas?: Record<string, unknown> };
    paths?: Record<string, Record<string, unknown>>;
  };
  const schemas = document.components?.schemas ?? {};
  const { name: packageName, categoryEntries } = PACKAGES[model.api];
  const entriesOf = new Map<string, string[]>();
  for (const entry of model.entryPoints) {
    const published = categoryEntries[entry.id];
    if (published === undefined) continue;
    for (const schema of entry.schemas) entriesOf.set(schema, [...(entriesOf.get(schema) ?? []), published]);
  }
  return {
    api: model.api,
    packageName,
    types: new Map(model.schemas.map((schema) => [schema.exportName, shapeOf(schemas[schema.name])])),
    operations: new Map(
      model.operations.map((operation) => [
        operation.operationId,
        {
          key: `${operation.method.toUpperCase()} ${operation.path}`,
          shape: shapeOf({
            operation: document.paths?.[operation.path]?.[operation.method],
            failures: operation.failures?.map((failure) => failure.status),
          }),
        },
      ]),
    ),
    unions: new Map(
      model.unions.map((union) => [
        union.name,
        { tagProperty: union.tagProperty, tags: union.variants.map((variant) => variant.tag) },
      ]),
    ),
    enums: new Map(
      model.enums.map((enumeration) => [enumeration.name, enumeration.values.map((v) => v.value)]),
    ),
    entriesOf: new Map(
      model.schemas.map((schema) => [schema.exportName, entriesOf.get(schema.name) ?? []] as const),
    ),
  };
}

/** A map's entries by key, for a stable report order. */
function sortedEntries<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : 1));
}

function added<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>): string[] {
  return [...after.keys()].filter((name) => !before.has(name)).sort();
}

function valueChanges(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  return {
    added: after.filter((value) => !before.includes(value)),
    removed: before.filter((value) => !after.includes(value)),
  };
}

/** What changed for a package user from one surface to the next, in a stable order. */
export function compareSurfaces(before: ApiSurface, after: ApiSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const entries = (name: string, surface: ApiSurface) => {
    const found = surface.entriesOf.get(name) ?? [];
    return found.length > 0 ? { entries: found } : {};
  };
  for (const name of added(before.types, after.types))
    changes.push({ kind: "type-added", name, ...entries(name, after) });
  for (const name of added(after.types, before.types))
    changes.push({ kind: "type-removed", name, ...entries(name, before) });
  for (const [name, shape] of sortedEntries(after.types)) {
    const old = before.types.get(name);
    if (old !== undefined && old !== shape)
      changes.push({ kind: "type-changed", name, ...entries(name, after) });
  }
  for (const name of added(before.operations, after.operations))
    changes.push({ kind: "operation-added", name, value: after.operations.get(name)?.key });
  for (const name of added(after.operations, before.operations))
    changes.push({ kind: "operation-removed", name, value: before.operations.get(name)?.key });
  for (const [name, operation] of sortedEntries(after.operations)) {
    const old = before.operations.get(name);
    if (old !== undefined && old.shape !== operation.shape)
      changes.push({ kind: "operation-changed", name, value: operation.key });
  }
  for (const [name, union] of sortedEntries(after.unions)) {
    const old = before.unions.get(name);
    if (old === undefined) continue;
    const { added: tagsAdded, removed: tagsRemoved } = valueChanges(old.tags, union.tags);
    const tagProperty = union.tagProperty;
    for (const value of tagsAdded) changes.push({ kind: "case-added", name, value, tagProperty });
    for (const value of tagsRemoved) changes.push({ kind: "case-removed", name, value, tagProperty });
  }
  for (const [name, values] of sortedEntries(after.enums)) {
    const old = before.enums.get(name);
    if (old === undefined) continue;
    const { added: valuesAdded, removed: valuesRemoved } = valueChanges(old, values);
    for (const value of valuesAdded) changes.push({ kind: "enum-value-added", name, value });
    for (const value of valuesRemoved) changes.push({ kind: "enum-value-removed", name, value });
  }
  return changes;
}
