/**
 * `@portone-typed/v2`: a typed client for PortOne's whole V2 API (api.portone.io). For
 * identity verification alone, `@portone-typed/v2/identity-verification` loads far fewer types.
 */
import { createPathClient, type PathClient, type PortOneClientOptions } from "./core/client.js";
import { PortOneError } from "./core/errors.js";
import { operationTable, type components, type paths } from "./generated/all.js";
import {
  createIdentityVerificationClient,
  type IdentityVerificationClient,
} from "./identity-verification/client.js";

export interface PortOneClient extends PathClient<paths> {
  readonly identityVerification: IdentityVerificationClient;
}

/** A V2 client: path-style methods for every operation, and operation-style methods for identity verification. */
export function createPortOneClient(options: PortOneClientOptions): PortOneClient {
  const pathClient = createPathClient<paths>(options, operationTable);
  // The runtime client serves every path; the identity verification methods need only theirs.
  return {
    ...pathClient,
    identityVerification: createIdentityVerificationClient(pathClient as PathClient<never>),
  };
}

/** The operationId of any V2 operation. */
export type Operation = keyof typeof operationTable;

/** The error union an operation's failures are cases of (its `x-portone-error`). */
export type ErrorOf<Op extends Operation> = components["schemas"][(typeof operationTable)[Op]["errorUnion"]];

/** Whether `error` is a `PortOneError` of `operation`, with `data` typed as that operation's error union. */
export function isPortOneError<Op extends Operation>(
  error: unknown,
  operation: Op,
): error is PortOneError<Op, ErrorOf<Op>> {
  return error instanceof PortOneError && error.operation === operation;
}

export { PortOneError, type PortOneErrorKind } from "./core/errors.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type PathClient,
  type PortOneClientOptions,
} from "./core/client.js";
export * from "./generated/all.js";
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
  IdentityVerificationClient,
  IdentityVerificationError,
  SendIdentityVerificationInput,
} from "./identity-verification/client.js";
