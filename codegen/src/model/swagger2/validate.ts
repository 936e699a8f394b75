import { isObject, report, type SpecContext } from "../spec-context.js";
import { swagger2Operations } from "./swagger2-nodes.js";

const SCALAR_TYPE_NAMES = new Set(["string", "integer", "number", "boolean"]);

/**
 * What must hold of a Swagger 2.0 document before it is converted, checked on the file the
 * user gave so every issue points into it.
 */
export function validateSwagger2(context: SpecContext): void {
  for (const operation of swagger2Operations(context.document)) {
    for (const { parameter, pointer } of operation.parameters) {
      const name = String(parameter.name);
      if (parameter.in === "formData" && parameter.type === undefined && !isObject(parameter.schema)) {
        report(context, pointer, `formData parameter "${name}" has no type`);
      }
      if (parameter.in === "path" && !operation.path.includes(`{${name}}`)) {
        report(context, pointer, `path parameter "${name}" does not appear in the path ${operation.path}`);
      }
      const items = parameter.items;
      if (
        parameter.type === "array" &&
        items !== undefined &&
        !isObject(items) &&
        !(typeof items === "string" && SCALAR_TYPE_NAMES.has(items))
      ) {
        report(context, `${pointer}/items`, `array parameter "${name}" has items that are not a schema`);
      }
    }
  }
}
