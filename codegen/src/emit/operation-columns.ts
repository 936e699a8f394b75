import { HTTP_METHODS, type ApiName, type Operation, type OperationCall } from "../model/model.js";
import { stringLiteral } from "./escape.js";

/** One fact of the operations table: its value per operation and its type in `OperationInfo`. */
export interface OperationColumn {
  readonly name: string;
  readonly type: string;
  readonly doc?: string;
  value(operation: Operation, call: OperationCall | undefined): unknown;
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

function inputColumn(call: OperationCall | undefined): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of call?.fields ?? []) {
    if (field.name !== field.wireName) input[field.name] = [field.place, field.wireName];
    else if (field.place !== "body") input[field.name] = field.place;
  }
  return input;
}

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
    {
      name: "group",
      type: "string",
      doc: "The operation style's group it is a method of, e.g. `payment.billingKey` (`portone.payment.billingKey`).",
      value: (_, call) => call?.group.join(".") ?? "",
    },
    {
      name: "input",
      type: 'Readonly<Record<string, "path" | "query" | readonly ["path" | "query" | "body", string]>>',
      doc: "Where the operation style sends each path and query field of its flat input (the rest is body); `[place, name]` where the field is renamed.",
      value: (_, call) => inputColumn(call),
    },
    {
      name: "body",
      type: '"json" | "query" | null',
      doc: "How the body fields travel: a JSON body, the JSON query parameter of `queryOrBody`, or not at all.",
      value: (_, call) => call?.body ?? null,
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
