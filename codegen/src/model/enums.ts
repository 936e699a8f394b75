import { docsOf, type DocsRule } from "./docs.js";
import type { EnumValue, StringEnum } from "./model.js";
import { isObject, type JsonObject } from "./spec-context.js";

function isStringEnumSchema(schema: JsonObject): schema is JsonObject & { enum: string[] } {
  return (
    Array.isArray(schema.enum) &&
    schema.enum.length > 0 &&
    schema.enum.every((value) => typeof value === "string") &&
    (schema.type === undefined || schema.type === "string")
  );
}

/** Every string enum schema in `components.schemas`, values in the spec's order, documented from `x-portone-enum`. */
export function readEnums(schemas: JsonObject, rule: DocsRule): StringEnum[] {
  const enums: StringEnum[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isStringEnumSchema(schema)) continue;
    const valueDocs = isObject(schema["x-portone-enum"]) ? schema["x-portone-enum"] : {};
    const values: EnumValue[] = [...new Set(schema.enum)].map((value) => {
      const docs = valueDocs[value];
      return { value, docs: isObject(docs) ? docsOf(docs, rule) : {} };
    });
    enums.push({ name, values });
  }
  return enums;
}
