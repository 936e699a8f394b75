import type { PortOneError } from "../core/errors.js";
import type { CallOptions, operationTable, OperationErrors } from "../generated/identity-verification.js";

export type { CallOptions };

/** The operationId of an identity verification operation. */
export type IdentityVerificationOperation = keyof typeof operationTable;

/** The error union an operation's failures are cases of (its `x-portone-error`). */
export type ErrorOf<Operation extends IdentityVerificationOperation> = OperationErrors[Operation];

/** The `PortOneError` an identity verification method throws; `data` is narrowable by `type`. */
export type IdentityVerificationError<
  Operation extends IdentityVerificationOperation = IdentityVerificationOperation,
> = PortOneError<Operation, ErrorOf<Operation>>;
