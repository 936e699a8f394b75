import { escapePointerToken } from "../../load/json-pointer.js";
import { HTTP_METHODS } from "../model.js";
import { isObject, type JsonObject } from "../spec-context.js";

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

export interface Swagger2Operation {
  readonly path: string;
  readonly method: string;
  readonly pointer: string;
  readonly operation: JsonObject;
  /** The operation's parameters, with the path item's own merged in (the operation's win). */
  readonly parameters: readonly { readonly parameter: JsonObject; readonly pointer: string }[];
}

/** Every operation of a Swagger 2.0 document, in document order. */
export function swagger2Operations(document: JsonObject): Swagger2Operation[] {
  const operations: Swagger2Operation[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = `/paths/${escapePointerToken(path)}`;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [
        ...shared.map((parameter, index) => ({ parameter, pointer: `${itemPointer}/parameters/${index}` })),
        ...own.map((parameter, index) => ({ parameter, pointer: `${pointer}/parameters/${index}` })),
      ].filter((entry): entry is { parameter: JsonObject; pointer: string } => isObject(entry.parameter));
      const byKey = new Map(
        parameters.map((entry) => [`${entry.parameter.in} ${entry.parameter.name}`, entry]),
      );
      operations.push({ path, method, pointer, operation, parameters: [...byKey.values()] });
    }
  }
  return operations;
}

/** Calls `visit` on every parameter and every schema of a Swagger 2.0 document, with its pointer. */
export function forEachSwagger2Node(
  document: JsonObject,
  visit: (node: JsonObject, pointer: string) => void,
): void {
  const schema = (node: unknown, pointer: string): void => {
    if (!isObject(node)) return;
    visit(node, pointer);
    if (isObject(node.properties)) {
      for (const [name, property] of Object.entries(node.properties))
        schema(property, `${pointer}/properties/${escapePointerToken(name)}`);
    }
    schema(node.items, `${pointer}/items`);
    schema(node.additionalProperties, `${pointer}/additionalProperties`);
    if (Array.isArray(node.allOf))
      node.allOf.forEach((item, index) => schema(item, `${pointer}/allOf/${index}`));
  };
  const definitions = isObject(document.definitions) ? document.definitions : {};
  for (const [name, definition] of Object.entries(definitions))
    schema(definition, `/definitions/${escapePointerToken(name)}`);
  for (const operation of swagger2Operations(document)) {
    for (const { parameter, pointer } of operation.parameters) {
      visit(parameter, pointer);
      schema(parameter.schema, `${pointer}/schema`);
      if (isObject(parameter.items)) schema(parameter.items, `${pointer}/items`);
    }
    const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
    for (const [status, response] of Object.entries(responses)) {
      if (isObject(response)) schema(response.schema, `${operation.pointer}/responses/${status}/schema`);
    }
  }
}
