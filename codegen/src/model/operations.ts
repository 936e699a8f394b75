import {
  escapePointerToken,
  localRefPointer,
  resolvePointer,
  schemaNameOfRef,
} from "../load/json-pointer.js";
import { docsOf, isMarkedUnstable } from "./docs.js";
import {
  HTTP_METHODS,
  UNCATEGORIZED_ENTRY,
  type HttpMethod,
  type Operation,
  type QueryOrBody,
} from "./model.js";
import { camelCase } from "./names.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** Schema names referenced anywhere below `node`, in first-seen order. */
export function schemaRefsIn(node: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) schemaRefsIn(item, into);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = schemaNameOfRef(value);
        if (name !== undefined) into.add(name);
      } else {
        schemaRefsIn(value, into);
      }
    }
  }
  return into;
}

/** Follows a local `$ref` (one level at a time, at most a few) to the object it names in `document`. */
export function derefIn(document: unknown, node: unknown): JsonObject | undefined {
  let current = node;
  for (let hops = 0; hops < 16 && isObject(current) && typeof current.$ref === "string"; hops++) {
    const pointer = localRefPointer(current.$ref);
    current = pointer === undefined ? undefined : resolvePointer(document, pointer);
  }
  return isObject(current) ? current : undefined;
}

/** `derefIn` the spec's own document. */
export function deref(context: SpecContext, node: unknown): JsonObject | undefined {
  return derefIn(context.document, node);
}

function readQueryOrBody(context: SpecContext, parameters: unknown): QueryOrBody | undefined {
  if (!Array.isArray(parameters)) return undefined;
  for (const raw of parameters) {
    const parameter = deref(context, raw);
    const extension = parameter?.["x-portone-query-or-body"];
    if (
      parameter &&
      isObject(extension) &&
      extension.enabled === true &&
      typeof parameter.name === "string"
    ) {
      return { parameter: parameter.name, required: extension.required === true };
    }
  }
  return undefined;
}

function readStoreId(context: SpecContext, operation: JsonObject): Operation["storeId"] {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const raw of parameters) {
    const parameter = deref(context, raw);
    if (parameter?.name === "storeId" && parameter.in === "query") return "query";
  }
  const requestBody = deref(context, operation.requestBody);
  const content = isObject(requestBody?.content) ? requestBody.content : {};
  for (const media of Object.values(content)) {
    const schema = isObject(media) ? deref(context, media.schema) : undefined;
    if (isObject(schema?.properties) && Object.hasOwn(schema.properties, "storeId")) return "body";
  }
  return undefined;
}

function readErrorUnion(context: SpecContext, operation: JsonObject, pointer: string): string | undefined {
  const extension = operation["x-portone-error"];
  if (extension === undefined) return undefined;
  const ref = isObject(extension) && typeof extension.$ref === "string" ? extension.$ref : undefined;
  const name = ref === undefined ? undefined : schemaNameOfRef(ref);
  if (name === undefined) {
    report(
      context,
      `${pointer}/x-portone-error`,
      "x-portone-error must be a $ref to a schema in #/components/schemas",
    );
  }
  return name;
}

/** The lowest 2xx response of an operation and its status code, the one a success answers with. */
export function successResponse(operation: JsonObject): { status: string; response: unknown } | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const status = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/.test(code))
    .sort()[0];
  return status === undefined ? undefined : { status, response: responses[status] };
}

/** The body type of the lowest 2xx response, JSON first when it offers several. */
function successContentType(operation: JsonObject): string | undefined {
  const response = successResponse(operation)?.response;
  const content = isObject(response) && isObject(response.content) ? Object.keys(response.content) : [];
  return content.includes("application/json") ? "application/json" : content.sort()[0];
}

/**
 * The group an operation belongs to: its `x-portone-category` split at dots, or, when the spec
 * gives none, its path's first segment in camelCase (`/platform/setting` → `["platform"]`),
 * which is where PortOne's own SDK puts those operations.
 */
export function categoryPath(category: string | undefined, path: string): string[] {
  const segments = (category ?? "").split(".").filter((segment) => segment !== "");
  if (segments.length > 0) return segments;
  const first = camelCase(
    path.split("/").find((segment) => segment !== "" && !segment.startsWith("{")) ?? "",
  );
  return first === "" ? [] : [first];
}

/** Every operation of the document, in document order, with duplicate or missing ids reported. */
export function readOperations(context: SpecContext): Operation[] {
  const operations: Operation[] = [];
  const firstPointerOfId = new Map<string, string>();
  const paths = context.document.paths;
  if (!isObject(paths)) {
    report(context, "/paths", "the spec has no paths object");
    return operations;
  }
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(operation)) continue;
      const pointer = `/paths/${escapePointerToken(path)}/${method}`;
      const { operationId } = operation;
      if (typeof operationId !== "string" || operationId === "") {
        report(
          context,
          pointer,
          "operation has no operationId; every operation needs one to be named in the output",
        );
        continue;
      }
      const first = firstPointerOfId.get(operationId);
      if (first !== undefined) {
        report(
          context,
          `${pointer}/operationId`,
          `duplicate operationId "${operationId}" (first used at #${first})`,
        );
        continue;
      }
      firstPointerOfId.set(operationId, pointer);
      const category =
        typeof operation["x-portone-category"] === "string" ? operation["x-portone-category"] : undefined;
      operations.push({
        operationId,
        method: method as HttpMethod,
        path,
        category,
        entry: categoryPath(category, path)[0] ?? UNCATEGORIZED_ENTRY,
        unstable: isMarkedUnstable(operation),
        docs: docsOf(operation, context.docs, context.docs.operationTitleKeys),
        errorUnion: readErrorUnion(context, operation, pointer),
        queryOrBody: readQueryOrBody(context, operation.parameters),
        storeId: readStoreId(context, operation),
        refs: [...schemaRefsIn(operation)],
        responseContentType: successContentType(operation),
      });
    }
  }
  return operations;
}
