/**
 * `@portone-typed/v2/identity-verification`: the client and types for identity verification
 * alone. It loads only that category's generated types (5 operations), not the whole API, so
 * the compiler stays fast for programs that need no more.
 */
import { createPathClient, type PathClient, type PortOneClientOptions } from "./core/client.js";
import { PortOneError } from "./core/errors.js";
import { operationTable, type paths } from "./generated/identity-verification.js";
import {
  createIdentityVerificationClient,
  type ErrorOf,
  type IdentityVerificationClient,
  type IdentityVerificationOperation,
} from "./identity-verification/client.js";

export interface PortOneIdentityVerificationClient extends PathClient<paths> {
  readonly identityVerification: IdentityVerificationClient;
}

/** A V2 client whose path-style methods know the identity verification paths, plus the operation-style methods. */
export function createPortOneClient(options: PortOneClientOptions): PortOneIdentityVerificationClient {
  const pathClient = createPathClient<paths>(options, operationTable);
  return { ...pathClient, identityVerification: createIdentityVerificationClient(pathClient) };
}

/** Whether `error` is a `PortOneError` of `operation`, with `data` typed as that operation's error union. */
export function isPortOneError<Operation extends IdentityVerificationOperation>(
  error: unknown,
  operation: Operation,
): error is PortOneError<Operation, ErrorOf<Operation>> {
  return error instanceof PortOneError && error.operation === operation;
}

export { PortOneError, type PortOneErrorKind } from "./core/errors.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type PathClient,
  type PortOneClientOptions,
} from "./core/client.js";
export * from "./generated/identity-verification.js";
export {
  isKcpSmsMessage,
  untypedBypass,
  type KcpSmsMessage,
  type DanalIdentityVerificationBypass,
  type IdentityVerificationBypass,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "./identity-verification/bypass.js";
export type {
  CallOptions,
  ErrorOf,
  IdentityVerificationClient,
  IdentityVerificationError,
  IdentityVerificationOperation,
  SendIdentityVerificationInput,
} from "./identity-verification/client.js";
