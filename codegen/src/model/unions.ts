import { escapePointerToken, schemaNameOfRef } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type { DiscriminatedUnion, UnionVariant } from "./model.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A mapping value names a schema by `$ref` or, as OpenAPI also allows, by bare name. */
function mappedSchemaName(target: string): string | undefined {
  return target.startsWith("#") ? schemaNameOfRef(target) : target.includes("/") ? undefined : target;
}

function readUnion(
  context: SpecContext,
  name: string,
  schema: JsonObject,
  schemas: JsonObject,
): DiscriminatedUnion | undefined {
  const pointer = `/components/schemas/${escapePointerToken(name)}`;
  const discriminator = schema.discriminator as JsonObject;
  const tagProperty = discriminator.propertyName;
  if (typeof tagProperty !== "string" || tagProperty === "") {
    report(context, `${pointer}/discriminator`, "discriminator has no propertyName");
    return undefined;
  }
  if (!Array.isArray(schema.oneOf)) return undefined;

  const cases: string[] = [];
  schema.oneOf.forEach((item, index) => {
    const ref = isObject(item) && typeof item.$ref === "string" ? schemaNameOfRef(item.$ref) : undefined;
    if (ref === undefined) {
      report(
        context,
        `${pointer}/oneOf/${index}`,
        "a case of a discriminated oneOf must be a $ref to a schema, so it can carry its tag",
      );
    } else {
      cases.push(ref);
    }
  });

  const tagsOfCase = new Map<string, string[]>(cases.map((caseName) => [caseName, []]));
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, target] of Object.entries(mapping)) {
    const mappingPointer = `${pointer}/discriminator/mapping/${escapePointerToken(tag)}`;
    const caseName = typeof target === "string" ? mappedSchemaName(target) : undefined;
    if (caseName === undefined || !Object.hasOwn(schemas, caseName)) {
      report(
        context,
        mappingPointer,
        `discriminator mapping "${tag}" points nowhere (${JSON.stringify(target)} is not a schema)`,
      );
    } else if (!tagsOfCase.has(caseName)) {
      report(
        context,
        mappingPointer,
        `discriminator mapping "${tag}" points to ${caseName}, which is not one of the oneOf cases`,
      );
    } else {
      tagsOfCase.get(caseName)?.push(tag);
    }
  }

  const titles = isObject(schema["x-portone-discriminator"]) ? schema["x-portone-discriminator"] : {};
  const variants: UnionVariant[] = [];
  for (const [caseName, tags] of tagsOfCase) {
    // OpenAPI: a case the mapping does not name is tagged with its schema name.
    for (const tag of tags.length > 0 ? tags : [caseName]) {
      const caseSchema = schemas[caseName];
      const own = isObject(titles[tag]) ? docsOf(titles[tag] as JsonObject, context.docs) : {};
      variants.push({
        tag,
        schema: caseName,
        docs: own.title ? own : isObject(caseSchema) ? docsOf(caseSchema, context.docs) : {},
      });
    }
  }
  variants.sort((a, b) => compareText(a.tag, b.tag));
  for (let i = 1; i < variants.length; i++) {
    if (variants[i]?.tag === variants[i - 1]?.tag) {
      report(context, `${pointer}/discriminator`, `tag "${variants[i]?.tag}" is used by more than one case`);
    }
  }
  return { name, tagProperty, variants };
}

/** Every `oneOf` + `discriminator` schema in `components.schemas`, in document order. */
export function readUnions(context: SpecContext, schemas: JsonObject): DiscriminatedUnion[] {
  const unions: DiscriminatedUnion[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isObject(schema.discriminator)) continue;
    const union = readUnion(context, name, schema, schemas);
    if (union) unions.push(union);
  }
  return unions;
}
