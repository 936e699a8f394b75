/**
 * The small typed model every emitter reads. It is built once per spec and holds every
 * PortOne-specific fact (`x-portone-*`) the output needs; emitters never look at the raw
 * spec, only at this and at `baseDocument` (already normalized to OpenAPI 3 for
 * openapi-typescript).
 */

export type ApiName = "v1" | "v2";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Documentation of one thing, from `title`/`x-portone-title` and `description`/`x-portone-description`. */
export interface Docs {
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  /** `x-portone-unstable`: outside PortOne's backward-compatibility promise. */
  readonly unstable?: boolean;
}

export interface SchemaInfo {
  /** The key under `components.schemas`. */
  readonly name: string;
  /** The TypeScript name it is exported under (the same unless the key is not an identifier). */
  readonly exportName: string;
  readonly docs: Docs;
  /** Schemas this one refers to directly. */
  readonly refs: readonly string[];
  /** A plain object schema (properties or `type: object`, no composition), emitted as a named interface. */
  readonly plainObject: boolean;
}

export interface UnionVariant {
  /** The discriminator value, from the mapping (or the schema name when the mapping omits it). */
  readonly tag: string;
  readonly schema: string;
  readonly docs: Docs;
}

/** A `oneOf` with a `discriminator`: each case carries its tag as a literal type. */
export interface DiscriminatedUnion {
  readonly name: string;
  readonly tagProperty: string;
  /** Sorted by tag. */
  readonly variants: readonly UnionVariant[];
}

export interface EnumValue {
  readonly value: string;
  readonly docs: Docs;
}

/** A string enum schema; emitted as a runtime const plus an open union type. */
export interface StringEnum {
  readonly name: string;
  readonly values: readonly EnumValue[];
}

export interface ErrorCase {
  /** The `type` tag, e.g. `CHANNEL_NOT_FOUND`. */
  readonly type: string;
  readonly schema: string;
  /** `x-portone-status-code` of the case's schema. */
  readonly status: number;
  readonly docs: Docs;
}

/** A per-operation error union (`x-portone-error`), tagged by `type`. */
export interface ErrorUnion {
  readonly name: string;
  /** Sorted by type. */
  readonly cases: readonly ErrorCase[];
}

/** How a GET-style operation sends its body: as the JSON `requestBody` query parameter. */
export interface QueryOrBody {
  readonly parameter: string;
  readonly required: boolean;
}

/** A failure an operation documents only by HTTP status and description (V1). */
export interface Failure {
  readonly status: number;
  /** The status's reason as a constant name, e.g. `NOT_FOUND`. */
  readonly reason: string;
  readonly docs: Docs;
}

/**
 * What the success response of a V1 operation carries inside its `{ code, message, response }`
 * envelope: the payload of an envelope schema, or nothing (`response` is null).
 */
export type Payload = { readonly kind: "envelope"; readonly envelope: string } | { readonly kind: "none" };

/** A V1 response schema `allOf: [<the code/message base>, { response: <payload> }]`. */
export interface Envelope {
  readonly name: string;
  /** The `response` property's schema (OpenAPI 3 form), or undefined when the envelope carries none. */
  readonly payload: Record<string, unknown> | undefined;
  /** The payload as a schema reference, when it is one (or an array of one). */
  readonly payloadRef?: { readonly schema: string; readonly array: boolean };
}

export interface Operation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** `x-portone-category` as written, e.g. `payment.billingKey`; undefined when the spec gives none. */
  readonly category: string | undefined;
  /**
   * The entry point the operation is emitted in: the first segment of its category, or, when
   * the spec gives none, of its path (`/platform/setting` → `platform`, where PortOne's SDK
   * puts it too).
   */
  readonly entry: string;
  readonly unstable: boolean;
  readonly docs: Docs;
  readonly errorUnion: string | undefined;
  readonly queryOrBody: QueryOrBody | undefined;
  /** Where the operation takes a `storeId`, so a client can fill in its default. */
  readonly storeId: "query" | "body" | undefined;
  /** Schemas the operation refers to directly. */
  readonly refs: readonly string[];
  /** The content type of the success (2xx) response's body (`application/json`, `text/csv`); undefined when it has none. */
  readonly responseContentType: string | undefined;
  /** V1: PGs the operation works with (`x-portone-supported-pgs`). */
  readonly supportedPgs?: readonly string[];
  /** V1: the request content types the operation accepts. */
  readonly contentTypes?: readonly string[];
  /** V1: documented failure statuses. */
  readonly failures?: readonly Failure[];
  /** V1: what the success envelope carries. */
  readonly payload?: Payload;
  /** V1: path parameters the spec marks optional (a trailing segment the API lets you leave out). */
  readonly optionalPathParameters?: readonly string[];
}

/**
 * A per-category entry point: the operations of one top-level `x-portone-category` and only
 * the schemas they reach, so a program using one category makes the compiler load no more.
 */
export interface EntryPoint {
  readonly id: string;
  readonly docs: Docs;
  /** The category's operations, plus any other operation on the same paths (a path is emitted whole). */
  readonly operationIds: readonly string[];
  readonly paths: readonly string[];
  /** Every schema the operations reach through `$ref`s, in document order. */
  readonly schemas: readonly string[];
}

/** Where a field of an operation's flat input travels. */
export type InputPlace = "path" | "query" | "body";

/** One field of an operation's flat input: path, query and body fields side by side, as PortOne's SDKs take them. */
export interface InputField {
  /** The name a caller writes. The spec's own name unless two places use it (see operation-calls.ts). */
  readonly name: string;
  /** The name on the wire: the parameter's or the body property's. */
  readonly wireName: string;
  readonly place: InputPlace;
  readonly required: boolean;
  readonly docs: Docs;
}

/** What a successful call of the operation style gives back. */
export type CallResult =
  | { readonly kind: "schema"; readonly schema: string }
  | { readonly kind: "inline"; readonly status: string }
  | { readonly kind: "text" }
  | { readonly kind: "none" };

/**
 * One operation as the operation style calls it (V2): `portone.payment.getPayment({ paymentId })`.
 * The names follow PortOne's own server SDK, so moving over is changing the import.
 */
export interface OperationCall {
  readonly operationId: string;
  /** The client group it is a method of, e.g. `["payment", "billingKey"]`. */
  readonly group: readonly string[];
  /** The exported name of its input type, e.g. `GetPaymentInput`. */
  readonly inputName: string;
  /** Path, then query, then body fields, each in the spec's order. */
  readonly fields: readonly InputField[];
  /** How the body fields travel: a JSON body, the JSON query parameter (query-or-body), or not at all. */
  readonly body: "json" | "query" | undefined;
  /** The body's schema, when the spec names one. */
  readonly bodySchema: string | undefined;
  /** Whether a call may leave the input out: nothing in it is required. */
  readonly inputOptional: boolean;
  readonly result: CallResult;
}

/** A node of the operation style's tree: `portone.payment`, `portone.payment.billingKey`. */
export interface ClientGroup {
  readonly path: readonly string[];
  /** The exported name of its interface, e.g. `BillingKeyClient`, as PortOne's SDK names it. */
  readonly interfaceName: string;
  readonly docs: Docs;
  /** Its own operations, in document order. */
  readonly operationIds: readonly string[];
  /** The names of its child groups, sorted. */
  readonly children: readonly string[];
}

export interface ApiModel {
  readonly api: ApiName;
  /** The spec's path or URL as given. */
  readonly file: string;
  readonly sha256: string;
  readonly info: { readonly title: string; readonly version: string };
  /** Schemas in document order. */
  readonly schemas: readonly SchemaInfo[];
  readonly unions: readonly DiscriminatedUnion[];
  readonly enums: readonly StringEnum[];
  readonly errorUnions: readonly ErrorUnion[];
  /** V1 response envelopes, sorted by name. */
  readonly envelopes: readonly Envelope[];
  /** In document order (path, then method). */
  readonly operations: readonly Operation[];
  readonly entryPoints: readonly EntryPoint[];
  /** V2: every operation as the operation style calls it, in document order; empty for V1. */
  readonly calls: readonly OperationCall[];
  /** V2: the operation style's groups, parents before children, sorted by path; empty for V1. */
  readonly clientGroups: readonly ClientGroup[];
  /**
   * The OpenAPI 3 document handed to openapi-typescript for the base types, with the
   * model's facts applied (literal tags on union cases, docs, no discriminators left for it
   * to reinterpret).
   */
  readonly baseDocument: Record<string, unknown>;
}

/** Name of the entry point of operations whose spec gives no `x-portone-category`. */
export const UNCATEGORIZED_ENTRY = "uncategorized";
