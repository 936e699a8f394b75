import { appendPointer, localRefPointer } from "../load/json-pointer.js";
import { isObject, type JsonObject } from "../model/spec-context.js";
import type { SpecView } from "./spec-view.js";

/** What a schema is, for deciding whether its type changed. */
export type ShapeKind = "object" | "array" | "string" | "number" | "integer" | "boolean" | "union" | "any";

const TYPES: ReadonlySet<string> = new Set(["object", "array", "string", "number", "integer", "boolean"]);

/** The component a `$ref` names (`#/components/schemas/Foo` → `Foo`), or undefined. */
export function refName(view: SpecView, schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string" || !schema.$ref.startsWith(view.schemaRefPrefix)) {
    return undefined;
  }
  return schema.$ref.slice(view.schemaRefPrefix.length);
}

/** The schema behind any chain of `$ref`s (a dangling one is reported by the caller). */
export function resolved(view: SpecView, schema: unknown, depth = 0): JsonObject {
  if (isObject(schema) && typeof schema.$ref === "string" && depth < 16) {
    return resolved(view, view.resolve(schema.$ref), depth + 1);
  }
  return isObject(schema) ? schema : {};
}

/** An `allOf` seen as the one object it describes (V1 envelopes are `allOf`). */
export function flattened(view: SpecView, schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const properties: JsonObject = { ...(isObject(schema.properties) ? schema.properties : {}) };
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required.map(String) : []);
  for (const part of schema.allOf) {
    const flat = flattened(view, resolved(view, part));
    Object.assign(properties, isObject(flat.properties) ? flat.properties : {});
    for (const name of Array.isArray(flat.required) ? flat.required : []) required.add(String(name));
  }
  return { ...schema, allOf: undefined, type: "object", properties, required: [...required] };
}

/**
 * Where each property of a schema is defined, by name: under its own `properties`, or, for an
 * `allOf`, in the part that gives it (the last one, as `flattened` merges them).
 */
export function propertyPointers(view: SpecView, schema: JsonObject, pointer: string): Map<string, string> {
  const pointers = new Map<string, string>();
  const own = (node: JsonObject, at: string) => {
    for (const name of Object.keys(isObject(node.properties) ? node.properties : {}))
      pointers.set(name, appendPointer(at, "properties", name));
  };
  own(schema, pointer);
  if (!Array.isArray(schema.allOf)) return pointers;
  schema.allOf.forEach((part, index) => {
    const ref = isObject(part) && typeof part.$ref === "string" ? localRefPointer(part.$ref) : undefined;
    const at = ref ?? appendPointer(pointer, "allOf", index);
    for (const [name, inner] of propertyPointers(view, resolved(view, part), at)) pointers.set(name, inner);
  });
  return pointers;
}

export function shapeKind(schema: JsonObject): ShapeKind {
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) return "union";
  // Swagger 2.0's `file` form fields are strings on the wire.
  if (schema.type === "file") return "string";
  if (typeof schema.type === "string" && TYPES.has(schema.type)) return schema.type as ShapeKind;
  if (isObject(schema.properties) || Array.isArray(schema.allOf)) return "object";
  if (Array.isArray(schema.enum)) return typeof schema.enum[0] === "number" ? "number" : "string";
  return "any";
}

/**
 * A union's cases by tag (the discriminator mapping's values, else the referenced schema's
 * name, else the position), with the schema each case names.
 */
export function unionCases(
  view: SpecView,
  schema: JsonObject,
): Map<string, { schema: unknown; target?: string }> {
  const members = (
    Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : []
  ) as unknown[];
  const cases = new Map<string, { schema: unknown; target?: string }>();
  const mapping =
    isObject(schema.discriminator) && isObject(schema.discriminator.mapping)
      ? schema.discriminator.mapping
      : {};
  for (const [tag, value] of Object.entries(mapping)) {
    const ref = {
      $ref: String(value).startsWith("#") ? String(value) : `${view.schemaRefPrefix}${String(value)}`,
    };
    const target = refName(view, ref);
    cases.set(tag, { schema: ref, ...(target === undefined ? {} : { target }) });
  }
  const mapped = new Set([...cases.values()].map((entry) => entry.target));
  members.forEach((member, index) => {
    const target = refName(view, member);
    if (target !== undefined && mapped.has(target)) return;
    cases.set(target ?? `#${index}`, { schema: member, ...(target === undefined ? {} : { target }) });
  });
  return cases;
}
