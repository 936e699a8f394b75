/**
 * Every TypeScript name the generator exports is derived here, so the collision check and
 * the emitters can never disagree about what a schema turns into.
 */
import { identifier } from "../emit/escape.js";

/** The exported name of a schema: its own key, made into an identifier when it is not one. */
export function exportNameOfSchema(schemaName: string): string {
  return identifier(schemaName);
}

/** `confirmOTP` → `ConfirmOTP`, `prepare_update` → `PrepareUpdate`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

/** `payment-sessions` → `paymentSessions`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal === "" ? "" : pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** The input type of an operation of the operation style: `getPayment` → `GetPaymentInput`. */
export const callInputName = (operationId: string): string => identifier(`${pascalCase(operationId)}Input`);

/** The interface of a client group, named as PortOne's SDK names it: `payment.billingKey` → `BillingKeyClient`. */
export const clientGroupName = (path: readonly string[]): string =>
  identifier(`${pascalCase(path.at(-1) ?? "")}Client`);

/** The fallback when two groups end in the same segment: the whole path, `platform.payout` → `PlatformPayoutClient`. */
export const qualifiedClientGroupName = (path: readonly string[]): string =>
  identifier(`${path.map(pascalCase).join("")}Client`);

export const failureStatusConstName = (operationId: string): string =>
  identifier(`${pascalCase(operationId)}ErrorStatus`);
export const unrecognizedGuardName = (unionExportName: string): string => `isUnrecognized${unionExportName}`;
export const errorTypeConstName = (unionExportName: string): string => `${unionExportName}Type`;
export const errorStatusConstName = (unionExportName: string): string => `${unionExportName}Status`;

/** Names the output defines itself, whatever the spec holds. */
export const RESERVED_EXPORTS = {
  paths: "the openapi-typescript `paths` interface",
  webhooks: "the openapi-typescript `webhooks` type",
  components: "the openapi-typescript `components` interface",
  $defs: "the openapi-typescript `$defs` type",
  operations: "the openapi-typescript `operations` interface",
  operationTable: "the operations table",
  OperationId: "the operation id type",
  OperationInfo: "the operations table row type",
  Unrecognized: "the unrecognized-tag marker type",
  Envelope: "the V1 response envelope type",
  Payloads: "the V1 payload table",
  PayloadOf: "the V1 payload type",
  UnrecognizedVariant: "the unrecognized union case type",
  OpenUnion: "the type of a union PortOne may add cases to",
  PortOneClient: "the operation style's client type",
  CallOptions: "the operation style's per-call options",
  OperationErrors: "the operation style's error unions by operation",
  NamedSchema: "the helper that names schema interfaces",
  JsonResponse: "the openapi-typescript response type with a JSON body",
  ErrorTypeCatalog: "the catalog of error types",
  ErrorStatusCatalog: "the catalog of error statuses",
  ErrorTypes: "the type of an error union's type const",
  ErrorStatuses: "the type of an error union's status const",
  // TypeScript's own types that generated code refers to: a schema of the same name would hide them.
  AbortSignal: "TypeScript's own AbortSignal, used by generated code",
  Exclude: "TypeScript's own Exclude, used by generated code",
  Extract: "TypeScript's own Extract, used by generated code",
  NonNullable: "TypeScript's own NonNullable, used by generated code",
  Omit: "TypeScript's own Omit, used by generated code",
  Pick: "TypeScript's own Pick, used by generated code",
  Promise: "TypeScript's own Promise, used by generated code",
  Readonly: "TypeScript's own Readonly, used by generated code",
  Record: "TypeScript's own Record, used by generated code",
} as const;
