import { HTTP_METHODS, type ApiName, type Operation } from "../model/model.js";
import { stringLiteral } from "./escape.js";

/** One fact of the operations table: its value per operation and its type in `OperationInfo`. */
export interface OperationColumn {
  readonly name: string;
  readonly type: string;
  readonly doc?: string;
  value(operation: Operation): unknown;
}

const COMMON: readonly OperationColumn[] = [
  {
    name: "method",
    type: HTTP_METHODS.map((method) => stringLiteral(method)).join(" | "),
    value: (operation) => operation.method,
  },
  { name: "path", type: "string", value: (operation) => operation.path },
  {
    name: "category",
    type: "string | null",
    doc: "`x-portone-category`, e.g. `payment.billingKey`.",
    value: (operation) => operation.category ?? null,
  },
];

const BY_API: Readonly<Record<ApiName, readonly OperationColumn[]>> = {
  v2: [
    {
      name: "unstable",
      type: "boolean",
      doc: "`x-portone-unstable`: outside PortOne's compatibility promise.",
      value: (operation) => operation.unstable,
    },
    {
      name: "errorUnion",
      type: "string | null",
      doc: "The schema name of the operation's error union.",
      value: (operation) => operation.errorUnion ?? null,
    },
    {
      name: "queryOrBody",
      type: "{ readonly parameter: string; readonly required: boolean } | null",
      doc: "Set when the body travels as a JSON string in this query parameter (`x-portone-query-or-body`).",
      value: (operation) => operation.queryOrBody ?? null,
    },
    {
      name: "storeId",
      type: '"query" | "body" | null',
      doc: "Where the operation takes a `storeId`, so a client can fill in its default.",
      value: (operation) => operation.storeId ?? null,
    },
    {
      name: "response",
      type: "string | null",
      doc: "The content type of the success body (`application/json`, `text/csv`); null when it has none.",
      value: (operation) => operation.responseContentType ?? null,
    },
  ],
  v1: [
    {
      name: "supportedPgs",
      type: "readonly string[]",
      doc: "PGs the operation works with (`x-portone-supported-pgs`); empty when the spec does not say.",
      value: (operation) => operation.supportedPgs ?? [],
    },
    {
      name: "contentTypes",
      type: "readonly string[]",
      doc: "Request body content types the operation accepts; empty when it takes no body.",
      value: (operation) => operation.contentTypes ?? [],
    },
  ],
};

/** The columns of an API's operations table, shared by the table and its row type. */
export function operationColumns(api: ApiName): readonly OperationColumn[] {
  return [...COMMON, ...BY_API[api]];
}
