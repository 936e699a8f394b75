import { escapePointerToken } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type { DiscriminatedUnion, ErrorUnion, Operation } from "./model.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

const ERROR_TAG = "type";

/**
 * The error unions named by operations' `x-portone-error`: discriminated by `type`, each case
 * carrying its HTTP status in `x-portone-status-code`.
 */
export function readErrorUnions(
  context: SpecContext,
  operations: readonly Operation[],
  unions: readonly DiscriminatedUnion[],
  schemas: JsonObject,
): ErrorUnion[] {
  const unionsByName = new Map(unions.map((union) => [union.name, union]));
  const errorUnions = new Map<string, ErrorUnion>();
  for (const operation of operations) {
    const name = operation.errorUnion;
    if (name === undefined || errorUnions.has(name)) continue;
    const pointer = `/components/schemas/${escapePointerToken(name)}`;
    const union = unionsByName.get(name);
    if (!Object.hasOwn(schemas, name)) continue; // the dangling $ref is reported by the document scan
    if (union === undefined || union.tagProperty !== ERROR_TAG) {
      report(
        context,
        pointer,
        `error union of ${operation.operationId} (x-portone-error) must be a oneOf with discriminator "${ERROR_TAG}"`,
      );
      continue;
    }
    const cases = union.variants.flatMap((variant) => {
      const schema = schemas[variant.schema];
      const status = isObject(schema) ? schema["x-portone-status-code"] : undefined;
      if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
        report(
          context,
          `/components/schemas/${escapePointerToken(variant.schema)}`,
          `error case ${variant.tag} of ${name} needs an x-portone-status-code between 100 and 599`,
        );
        return [];
      }
      return [
        {
          type: variant.tag,
          schema: variant.schema,
          status,
          docs: isObject(schema) ? docsOf(schema, context.docs) : {},
        },
      ];
    });
    errorUnions.set(name, { name, cases });
  }
  return [...errorUnions.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
