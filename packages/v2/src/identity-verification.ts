/**
 * `@portone-typed/v2/identity-verification`: the client and types for identity verification
 * alone. It loads only that category's generated types (5 operations), not the whole API, so
 * the compiler stays fast for programs that need no more.
 */
import { isPortOneError as isAnyPortOneError } from "./core/errors.js";
import { clientFactory, type EntryClient, type IsPortOneError } from "./core/entry.js";
import {
  operationTable,
  type OperationErrors,
  type paths,
  type PortOneClient as Operations,
} from "./generated/identity-verification.js";

export * from "./generated/identity-verification.js";
export * from "./core/public.js";
export type { IdentityVerificationError } from "./identity-verification/client.js";
export type { CallOptions, ErrorOf, IdentityVerificationOperation } from "./identity-verification/client.js";

/** A client with the identity verification operations (`portone.identityVerification.…`) and their paths. */
export type PortOneIdentityVerificationClient = EntryClient<paths, Operations>;
export type PortOneClient = PortOneIdentityVerificationClient;

/** Makes a client for identity verification: `PortOneClient({ secret })` or `createPortOneClient({ secret })`. */
export const PortOneClient = clientFactory<paths, Operations>(operationTable);
export const createPortOneClient = PortOneClient;

/** Whether `error` is a `PortOneError` of `operation`, with `data` typed as that operation's error union. */
export const isPortOneError: IsPortOneError<OperationErrors> = isAnyPortOneError as never;
