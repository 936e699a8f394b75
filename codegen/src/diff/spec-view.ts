import { securityOf } from "./security.js";
import { isMarkedUnstable } from "../model/docs.js";
import { SpecError } from "../errors.js";
import { appendPointer, localRefPointer, resolvePointer } from "../load/json-pointer.js";
import type { LoadedSpec } from "../load/load-spec.js";
import { HTTP_METHODS } from "../model/model.js";
import { isObject, type JsonObject } from "../model/spec-context.js";

/**
 * Both dialects seen the same way for diffing: operations with their parameters, request
 * bodies and responses as schemas, and the named schemas they refer to. Swagger 2.0 is read
 * as is (its `formData` parameters stay parameters, as PortOne's policy treats them), not
 * converted, so any published V1 version can be diffed.
 */
export interface SpecView {
  readonly source: LoadedSpec;
  readonly dialect: "openapi3" | "swagger2";
  readonly version: string;
  readonly operations: ReadonlyMap<string, OperationView>;
  /** Named schemas, by name. */
  readonly schemas: Readonly<Record<string, unknown>>;
  /** `#/components/schemas/` or `#/definitions/`. */
  readonly schemaRefPrefix: string;
  /** The pointer of the named schemas (`/components/schemas`, `/definitions`). */
  readonly schemasPointer: string;
  /** Follows a local `$ref` in this document. */
  resolve(ref: string): unknown;
}

export interface ParameterView {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  /** The parameter's schema (Swagger 2.0: the parameter itself, whose keywords are a schema's). */
  readonly schema: unknown;
  /** Where `schema` is in the document. */
  readonly schemaPointer: string;
  readonly node: JsonObject;
  readonly pointer: string;
}

/** A body of one media type: its schema, and where that schema is in the document. */
export interface MediaView {
  readonly schema: unknown;
  readonly pointer: string;
}

/** Bodies by media type. */
export type ContentView = Readonly<Record<string, MediaView>>;

export interface OperationView {
  /** `POST /certifications/otp/request` */
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;
  readonly unstable: boolean;
  /** How a client authenticates (`securityOf`): compared as a whole. */
  readonly security: string;
  readonly node: JsonObject;
  readonly pointer: string;
  readonly parameters: readonly ParameterView[];
  /** Request body schemas by content type, and whether a body is required. */
  readonly requestBody: { readonly required: boolean; readonly content: ContentView } | undefined;
  /** Response schemas by status, then content type (a response without a schema has none). */
  readonly responses: Readonly<Record<string, ContentView>>;
}

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** One operation as found in the document, before either dialect reads it. */
interface OperationSource {
  readonly document: JsonObject;
  readonly path: string;
  readonly method: string;
  readonly node: JsonObject;
  readonly pointer: string;
  /** The path item's and the operation's parameters (an operation's one overrides the path's), `$ref`s followed. */
  readonly parameters: readonly { readonly node: JsonObject; readonly pointer: string }[];
}

type OperationFields = Omit<OperationView, "parameters" | "requestBody" | "responses">;

function operationFields({ document, path, method, node, pointer }: OperationSource): OperationFields {
  return {
    key: `${method.toUpperCase()} ${path}`,
    method,
    path,
    operationId: typeof node.operationId === "string" ? node.operationId : undefined,
    unstable: isMarkedUnstable(node),
    security: securityOf(document, node),
    node,
    pointer,
  };
}

function deref(document: JsonObject, value: unknown): unknown {
  return derefAt(document, value, "").node;
}

/** A value with its `$ref` followed (once), and the pointer of what it then is. */
function derefAt(document: JsonObject, value: unknown, pointer: string): { node: unknown; pointer: string } {
  if (!isObject(value) || typeof value.$ref !== "string") return { node: value, pointer };
  const target = localRefPointer(value.$ref) ?? "\0";
  return { node: resolvePointer(document, target), pointer: target };
}

function openApi3Operation(source: OperationSource): OperationView {
  const parameters = source.parameters.map(({ node, pointer }) => {
    const queryOrBody = isObject(node["x-portone-query-or-body"])
      ? node["x-portone-query-or-body"]
      : undefined;
    // A parameter given as `content` (PortOne's JSON query-or-body ones) has its schema in its one media type.
    const [contentType, content] = Object.entries(isObject(node.content) ? node.content : {}).find(
      (entry): entry is [string, JsonObject] => isObject(entry[1]),
    ) ?? [undefined, undefined];
    return {
      name: String(node.name),
      in: String(node.in),
      // A query-or-body parameter's required-ness lives in its extension.
      required: queryOrBody ? queryOrBody.required === true : node.required === true,
      schema: node.schema ?? content?.schema,
      schemaPointer:
        node.schema === undefined && contentType !== undefined
          ? appendPointer(pointer, "content", contentType, "schema")
          : appendPointer(pointer, "schema"),
      node,
      pointer,
    };
  });
  const content = ({ node: holder, pointer }: { node: unknown; pointer: string }): ContentView =>
    isObject(holder) && isObject(holder.content)
      ? Object.fromEntries(
          Object.entries(holder.content).map(([type, media]) => [
            type,
            {
              schema: isObject(media) ? media.schema : undefined,
              pointer: appendPointer(pointer, "content", type, "schema"),
            },
          ]),
        )
      : {};
  const { node, document } = source;
  const body = derefAt(document, node.requestBody, appendPointer(source.pointer, "requestBody"));
  const responses = isObject(node.responses)
    ? Object.fromEntries(
        Object.entries(node.responses).map(([status, response]) => [
          status,
          content(derefAt(document, response, appendPointer(source.pointer, "responses", status))),
        ]),
      )
    : {};
  return {
    ...operationFields(source),
    parameters,
    requestBody: isObject(body.node)
      ? { required: body.node.required === true, content: content(body) }
      : undefined,
    responses,
  };
}

function swagger2Operation(source: OperationSource): OperationView {
  const { node, document } = source;
  const mediaTypes = (field: "consumes" | "produces"): string[] =>
    (Array.isArray(node[field])
      ? node[field]
      : Array.isArray(document[field])
        ? document[field]
        : ["application/json"]
    ).map(String);
  const produces = mediaTypes("produces");
  const body = source.parameters.find((parameter) => parameter.node.in === "body");
  const responses = isObject(node.responses)
    ? Object.fromEntries(
        Object.entries(node.responses).map(([status, raw]) => {
          const response = derefAt(document, raw, appendPointer(source.pointer, "responses", status));
          const media = {
            schema: isObject(response.node) ? response.node.schema : undefined,
            pointer: appendPointer(response.pointer, "schema"),
          };
          return [
            status,
            media.schema === undefined ? {} : Object.fromEntries(produces.map((type) => [type, media])),
          ];
        }),
      )
    : {};
  return {
    ...operationFields(source),
    parameters: source.parameters
      .filter((parameter) => parameter !== body)
      .map(({ node: parameter, pointer }) => ({
        name: String(parameter.name),
        in: String(parameter.in),
        required: parameter.required === true,
        ...swagger2ParameterSchema(parameter, pointer),
        node: parameter,
        pointer,
      })),
    requestBody: body
      ? {
          required: body.node.required === true,
          content: Object.fromEntries(
            mediaTypes("consumes").map((type) => [
              type,
              { schema: body.node.schema, pointer: appendPointer(body.pointer, "schema") },
            ]),
          ),
        }
      : undefined,
    responses,
  };
}

/**
 * What a Swagger 2.0 parameter's value is: its own keywords are a schema's, except where PortOne
 * gives it a `schema` beside its `type` (which Swagger 2.0 does not allow), read by the schema as
 * PortOne's own reference renders it.
 */
function swagger2ParameterSchema(
  parameter: JsonObject,
  pointer: string,
): Pick<ParameterView, "schema" | "schemaPointer"> {
  return isObject(parameter.schema)
    ? { schema: parameter.schema, schemaPointer: appendPointer(pointer, "schema") }
    : { schema: parameter, schemaPointer: pointer };
}

/** The parameters an operation has: its path item's, overridden by its own of the same name and place. */
function parametersOf(
  document: JsonObject,
  item: JsonObject,
  itemPointer: string,
  node: JsonObject,
  pointer: string,
) {
  const byKey = new Map<string, { node: JsonObject; pointer: string }>();
  const add = (list: unknown, listPointer: string) => {
    (Array.isArray(list) ? list : []).forEach((raw, index) => {
      const parameter = deref(document, raw);
      if (isObject(parameter)) {
        byKey.set(`${String(parameter.in)} ${String(parameter.name)}`, {
          node: parameter,
          pointer: appendPointer(listPointer, "parameters", index),
        });
      }
    });
  };
  add(item.parameters, itemPointer);
  add(node.parameters, pointer);
  return [...byKey.values()];
}

/** The view of a loaded spec; anything but OpenAPI 3 or Swagger 2.0 is an error naming the file. */
export function specView(source: LoadedSpec): SpecView {
  const document = source.document as JsonObject;
  const swagger = document.swagger === "2.0";
  if (!swagger && !(typeof document.openapi === "string" && /^3\./.test(document.openapi))) {
    throw new SpecError([
      { file: source.file, pointer: "", message: "not an OpenAPI 3 or Swagger 2.0 document" },
    ]);
  }
  const operations = new Map<string, OperationView>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = appendPointer("/paths", path);
    for (const [method, node] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(node)) continue;
      const pointer = appendPointer(itemPointer, method);
      const parameters = parametersOf(document, item, itemPointer, node, pointer);
      const source = { document, path, method, node, pointer, parameters };
      const view = swagger ? swagger2Operation(source) : openApi3Operation(source);
      operations.set(view.key, view);
    }
  }
  const components = isObject(document.components) ? document.components : {};
  const info = isObject(document.info) ? document.info : {};
  return {
    source,
    dialect: swagger ? "swagger2" : "openapi3",
    version: typeof info.version === "string" ? info.version : "",
    operations,
    schemas: ((swagger ? document.definitions : components.schemas) ?? {}) as Record<string, unknown>,
    schemaRefPrefix: swagger ? "#/definitions/" : "#/components/schemas/",
    schemasPointer: swagger ? "/definitions" : "/components/schemas",
    resolve: (ref) => resolvePointer(document, localRefPointer(ref) ?? "\0"),
  };
}
