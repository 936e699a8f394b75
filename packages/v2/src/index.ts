/**
 * `@portone-typed/v2`: a typed client for PortOne's whole V2 API (api.portone.io), named as
 * PortOne's own server SDK names it (`portone.payment.getPayment({ paymentId })`). A program
 * that uses one category loads less with its entry point (`@portone-typed/v2/payment`, …).
 */
import { isPortOneError as isAnyPortOneError } from "./core/errors.js";
import { clientFactory, type EntryClient, type IsPortOneError } from "./core/entry.js";
import {
  operationTable,
  type OperationErrors,
  type paths,
  type PortOneClient as Operations,
} from "./generated/all.js";

export * from "./generated/all.js";
export * from "./core/public.js";
export type { IdentityVerificationError } from "./identity-verification/client.js";

/** A V2 client: every operation by group (`portone.payment.getPayment`), and the path style (`portone.GET("/payments/{paymentId}", …)`). */
export type PortOneClient = EntryClient<paths, Operations>;

/** Makes a V2 client; `PortOneClient({ secret })` as with PortOne's SDK, or `createPortOneClient({ secret })`. */
export const PortOneClient = clientFactory<paths, Operations>(operationTable);
export const createPortOneClient = PortOneClient;

/** The operationId of any V2 operation. */
export type Operation = keyof typeof operationTable;

/** The error union an operation's failures are cases of (its `x-portone-error`). */
export type ErrorOf<Op extends Operation> = OperationErrors[Op];

/** Whether `error` is a `PortOneError` of `operation`, with `data` typed as that operation's error union. */
export const isPortOneError: IsPortOneError<OperationErrors> = isAnyPortOneError as never;

/** The `PortOneError` an operation throws, its `data` that operation's error union: `PortOneErrorOf<"getPayment">`. */
export type PortOneErrorOf<Op extends Operation> = import("./core/errors.js").PortOneError<Op, ErrorOf<Op>>;
