import type { JsonObject } from "../spec-context.js";
import { forEachSwagger2Node, swagger2Operations } from "./swagger2-nodes.js";

/**
 * A repair of something the V1 spec states wrongly but whose meaning is not in doubt. Every
 * fix-up the generator makes is listed here; anything else wrong in a spec is an error.
 */
export interface Fixup {
  readonly id: string;
  readonly why: string;
  /** Repairs `node` (a parameter or schema) in place; true if it changed anything. */
  fix(node: JsonObject): boolean;
}

const SCALAR_TYPES = new Set(["string", "integer", "number", "boolean"]);

export const V1_FIXUPS: readonly Fixup[] = [
  {
    id: "scalar-default-as-string",
    why: 'a boolean or number default written as a string (`is_mvno` has default "false", `limit` "20")',
    fix(node) {
      if (typeof node.default !== "string" || !["boolean", "integer", "number"].includes(String(node.type)))
        return false;
      const text = node.default.trim();
      if (node.type === "boolean" && (text === "true" || text === "false")) node.default = text === "true";
      else if (node.type !== "boolean" && text !== "" && Number.isFinite(Number(text)))
        node.default = Number(text);
      else delete node.default;
      return true;
    },
  },
  {
    id: "example-as-array-default",
    why: "an array parameter whose `default` is one example element or an HTML-escaped sample, not an array",
    fix(node) {
      if (node.type !== "array" || node.default === undefined || Array.isArray(node.default)) return false;
      delete node.default;
      return true;
    },
  },
  {
    id: "items-as-schema",
    why: "an array parameter whose element schema is given as `schema` beside `type: array` (`merchant_uid` of /subscribe/payments/unschedule) instead of as `items`",
    fix(node) {
      if (
        node.type !== "array" ||
        node.items !== undefined ||
        node.schema === null ||
        typeof node.schema !== "object"
      )
        return false;
      node.items = node.schema;
      delete node.schema;
      return true;
    },
  },
  {
    id: "type-name-as-items",
    why: 'array `items` given as a type name (`items: "string"`) instead of a schema; it crashes openapi-typescript',
    fix(node) {
      if (typeof node.items !== "string" || !SCALAR_TYPES.has(node.items)) return false;
      node.items = { type: node.items };
      return true;
    },
  },
];

/**
 * Operations of the V1 spec that reuse another operation's operationId, renamed where they
 * stand. Each applies only while the spec still has the duplicate; any other duplicate is an
 * error, as in V2.
 */
export const V1_OPERATION_RENAMES: readonly {
  path: string;
  method: string;
  duplicate: string;
  rename: string;
  why: string;
}[] = [
  {
    path: "/payments/{imp_uid}/naver/ship-exchanged",
    method: "post",
    duplicate: "naverShipProductOrder",
    rename: "naverShipExchangedProductOrder",
    why: "교환승인된 상품 재발송처리 (re-shipping exchanged items) reuses the id of 상품주문 발송처리",
  },
  {
    path: "/subscribe/payments/schedule/customers/{customer_uid}",
    method: "get",
    duplicate: "findSchedulesByCustomer",
    rename: "findPaymentSchedulesByCustomer",
    why: "결제예약 복수조회(빌링키) reuses the id of 빌링키 결제예약 조회 (GET /subscribe/customers/{customer_uid}/schedules)",
  },
];

/** Applies every fix-up in place and says where each one changed something. */
export function applyFixups(
  document: JsonObject,
  fixups: readonly Fixup[] = V1_FIXUPS,
): Map<string, string[]> {
  const applied = new Map<string, string[]>([
    ...fixups.map((fixup) => [fixup.id, []] as [string, string[]]),
    ["operation-renames", []],
  ]);
  forEachSwagger2Node(document, (node, pointer) => {
    for (const fixup of fixups) {
      if (fixup.fix(node)) applied.get(fixup.id)?.push(pointer);
    }
  });
  const operations = new Map(
    swagger2Operations(document).map((operation) => [`${operation.method} ${operation.path}`, operation]),
  );
  for (const rename of V1_OPERATION_RENAMES) {
    const operation = operations.get(`${rename.method} ${rename.path}`);
    if (operation?.operation.operationId !== rename.duplicate) continue;
    operation.operation.operationId = rename.rename;
    applied.get("operation-renames")?.push(`${operation.pointer}/operationId`);
  }
  return applied;
}
