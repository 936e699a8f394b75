import { escapePointerToken } from "../load/json-pointer.js";
import { docsOf, type DocsRule } from "./docs.js";
import type { DiscriminatedUnion, Operation } from "./model.js";
import { derefIn } from "./operations.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

const SUBSCHEMA_LISTS = ["allOf", "oneOf", "anyOf"] as const;

/** Calls `visit` on every schema object reachable structurally from `schema` (not through `$ref`). */
function forEachSubschema(schema: unknown, visit: (schema: JsonObject) => void): void {
  if (!isObject(schema)) return;
  visit(schema);
  if (isObject(schema.properties)) {
    for (const property of Object.values(schema.properties)) forEachSubschema(property, visit);
  }
  forEachSubschema(schema.items, visit);
  forEachSubschema(schema.additionalProperties, visit);
  forEachSubschema(schema.not, visit);
  for (const list of SUBSCHEMA_LISTS) {
    const items = schema[list];
    if (Array.isArray(items)) for (const item of items) forEachSubschema(item, visit);
  }
}

function forEachMediaSchema(holder: unknown, visit: (schema: JsonObject) => void): void {
  if (!isObject(holder)) return;
  forEachSubschema(holder.schema, visit);
  if (isObject(holder.content)) {
    for (const media of Object.values(holder.content))
      if (isObject(media)) forEachSubschema(media.schema, visit);
  }
}

/** Every schema object and parameter of the document, wherever it stands. */
function forEachDocumentedNode(document: JsonObject, visit: (node: JsonObject) => void): void {
  const components = isObject(document.components) ? document.components : {};
  for (const section of ["schemas", "parameters", "requestBodies", "responses", "headers"]) {
    const members = components[section];
    if (!isObject(members)) continue;
    for (const member of Object.values(members)) {
      if (section === "schemas") forEachSubschema(member, visit);
      else if (isObject(member)) {
        if (section === "parameters") visit(member);
        forEachMediaSchema(member, visit);
      }
    }
  }
  const paths = isObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of [item, ...Object.values(item)]) {
      if (!isObject(operation)) continue;
      if (Array.isArray(operation.parameters)) {
        for (const parameter of operation.parameters) {
          if (!isObject(parameter)) continue;
          visit(parameter);
          forEachMediaSchema(parameter, visit);
        }
      }
      forEachMediaSchema(operation.requestBody, visit);
      if (isObject(operation.responses)) {
        for (const response of Object.values(operation.responses)) forEachMediaSchema(response, visit);
      }
    }
  }
}

/** Rewrites `title`/`description` to the model's docs rule, which openapi-typescript turns into JSDoc. */
function applyDocs(node: JsonObject, rule: DocsRule): void {
  if (typeof node.$ref === "string" && node.title === undefined && node.description === undefined) return;
  const docs = docsOf(node, rule);
  delete node.title;
  delete node.description;
  delete node["x-portone-title"];
  delete node["x-portone-description"];
  if (docs.title !== undefined) node.title = docs.title;
  if (docs.description !== undefined) node.description = docs.description;
  if (docs.deprecated) node.deprecated = true;
}

/**
 * Puts each union case's tag on the case itself as a literal (`status: "FAILED"`), which the
 * spec leaves as `string` with the value only in the discriminator mapping. A case shared by
 * several unions gets every tag it is mapped from.
 */
function applyUnionTags(
  context: SpecContext,
  schemas: JsonObject,
  unions: readonly DiscriminatedUnion[],
): void {
  const tags = new Map<string, Map<string, string[]>>();
  for (const union of unions) {
    for (const variant of union.variants) {
      const byProperty = tags.get(variant.schema) ?? new Map<string, string[]>();
      const values = byProperty.get(union.tagProperty) ?? [];
      if (!values.includes(variant.tag)) values.push(variant.tag);
      byProperty.set(union.tagProperty, values);
      tags.set(variant.schema, byProperty);
    }
    const schema = schemas[union.name];
    // The model owns the tags now; openapi-typescript must not re-derive them its own way.
    if (isObject(schema)) delete schema.discriminator;
  }
  for (const [caseName, byProperty] of tags) {
    const schema = schemas[caseName];
    if (!isObject(schema)) continue;
    for (const [property, values] of byProperty) {
      const literal = (previous: unknown) => ({
        ...(isObject(previous) && typeof previous.title === "string" ? { title: previous.title } : {}),
        ...(isObject(previous) && typeof previous.description === "string"
          ? { description: previous.description }
          : {}),
        type: "string",
        enum: values,
      });
      if (Array.isArray(schema.allOf)) {
        schema.allOf.push({
          type: "object",
          required: [property],
          properties: { [property]: literal(undefined) },
        });
      } else if (
        schema.type === "object" ||
        (schema.type === undefined && schema.oneOf === undefined && schema.anyOf === undefined)
      ) {
        const freeForm = schema.properties === undefined && schema.additionalProperties === undefined;
        const properties = isObject(schema.properties) ? schema.properties : {};
        properties[property] = literal(properties[property]);
        schema.properties = properties;
        const required = Array.isArray(schema.required) ? schema.required : [];
        if (!required.includes(property)) required.push(property);
        schema.required = required;
        // A free-form case stays open: only its tag is known.
        if (freeForm) schema.additionalProperties = true;
      } else {
        report(
          context,
          `/components/schemas/${escapePointerToken(caseName)}`,
          `${caseName} is a case of a union tagged by "${property}" but is not an object schema, so it cannot carry the tag`,
        );
      }
    }
  }
}

/**
 * A query parameter declared with JSON `content` (every query-or-body parameter, and the
 * vat-report operations' `requestBody`, which lacks the extension) carries an object as a JSON
 * string. Left as `content`, openapi-typescript would type it `string`; typed by its schema
 * instead, callers pass the object and the client encodes it.
 */
function applyQueryOrBody(document: JsonObject): void {
  const paths = isObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    for (const operation of isObject(item) ? Object.values(item) : []) {
      const parameters =
        isObject(operation) && Array.isArray(operation.parameters) ? operation.parameters : [];
      for (const parameter of parameters) {
        if (!isObject(parameter) || parameter.in !== "query" || !isObject(parameter.content)) continue;
        const media = parameter.content["application/json"];
        if (!isObject(media) || !isObject(media.schema)) continue;
        parameter.schema = media.schema;
        delete parameter.content;
        // `x-portone-query-or-body.required`: PortOne requires the body, though the parameter says optional.
        const extension = parameter["x-portone-query-or-body"];
        if (isObject(extension) && extension.required === true) parameter.required = true;
      }
    }
  }
}

/**
 * Where the client fills in `storeId` (an operation that takes it in the body), the input
 * types must not require it: `POST /payment-sessions` requires it in the spec, and the
 * client's default would otherwise still have to be repeated in every call.
 */
function applyFilledStoreId(document: JsonObject, operations: readonly Operation[]): void {
  const paths = isObject(document.paths) ? document.paths : {};
  for (const operation of operations) {
    if (operation.storeId !== "body") continue;
    const item = paths[operation.path];
    const node = isObject(item) ? item[operation.method] : undefined;
    const body = isObject(node) && isObject(node.requestBody) ? node.requestBody : undefined;
    const content = body && isObject(body.content) ? body.content["application/json"] : undefined;
    // The base document's own copy of the schema, not the source document's.
    const schema = derefIn(document, isObject(content) ? content.schema : undefined);
    if (schema && Array.isArray(schema.required))
      schema.required = schema.required.filter((name) => name !== "storeId");
  }
}

/** The document openapi-typescript turns into the base types, with the model's facts applied. */
export function buildBaseDocument(
  context: SpecContext,
  unions: readonly DiscriminatedUnion[],
  operations: readonly Operation[] = [],
): JsonObject {
  const document = structuredClone(context.document);
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  forEachDocumentedNode(document, (node) => applyDocs(node, context.docs));
  applyUnionTags(context, schemas, unions);
  applyQueryOrBody(document);
  applyFilledStoreId(document, operations);
  return document;
}
