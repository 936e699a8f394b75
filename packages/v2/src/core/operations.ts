/** What the client needs of a generated `operationTable` row. */
export interface OperationRow {
  readonly method: string;
  readonly path: string;
  readonly queryOrBody: { readonly parameter: string; readonly required: boolean } | null;
  readonly storeId: "query" | "body" | null;
  /** The content type of the success body, or null when it has none. */
  readonly response: string | null;
  /** The operation style's group, e.g. `payment.billingKey`. */
  readonly group: string;
  /** Where each path and query field of the flat input goes; the rest is body. */
  readonly input: Readonly<Record<string, "path" | "query" | readonly ["path" | "query" | "body", string]>>;
  /** How the body fields travel, or null when the operation takes none. */
  readonly body: "json" | "query" | null;
}

export type OperationTable = Readonly<Record<string, OperationRow>>;

export interface KnownOperation extends OperationRow {
  readonly operationId: string;
}
