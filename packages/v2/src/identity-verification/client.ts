import { rawErrorBody, type PathClient } from "../core/client.js";
import { PortOneError } from "../core/errors.js";
import type {
  components,
  ConfirmIdentityVerificationResponse,
  GetIdentityVerificationsBody,
  GetIdentityVerificationsResponse,
  IdentityVerification,
  operationTable,
  paths,
  ResendIdentityVerificationResponse,
  SendIdentityVerificationBody,
  SendIdentityVerificationResponse,
} from "../generated/identity-verification.js";
import { bypassToSend, type IdentityVerificationBypass, type UntypedBypass } from "./bypass.js";

/** The operationId of an identity verification operation. */
export type IdentityVerificationOperation = keyof typeof operationTable;

/** The error union an operation's failures are cases of (its `x-portone-error`). */
export type ErrorOf<Operation extends IdentityVerificationOperation> =
  components["schemas"][(typeof operationTable)[Operation]["errorUnion"]];

/** The `PortOneError` an identity verification method throws; `data` is narrowable by `type`. */
export type IdentityVerificationError<
  Operation extends IdentityVerificationOperation = IdentityVerificationOperation,
> = PortOneError<Operation, ErrorOf<Operation>>;

/** Per call: cancel it with your own signal (the client's timeout applies as well). */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface SendIdentityVerificationInput extends Omit<SendIdentityVerificationBody, "bypass"> {
  readonly identityVerificationId: string;
  /** PG-specific parameters, typed per PG; `untypedBypass({...})` for PGs not typed here. */
  readonly bypass?: IdentityVerificationBypass | UntypedBypass;
}

/**
 * PortOne's identity verification (본인인증) operations, named as PortOne's own SDKs name them.
 *
 * They return the payload and throw a `PortOneError` on failure, as PortOne's SDKs do: the
 * success path stays a plain `await`, and every failure (an API error of the operation's
 * union, an answer that is not PortOne's, no answer, a timeout) arrives as the same typed
 * error. The path-style methods (`client.GET(...)`) return `{ data } | { error }` instead,
 * for code that prefers results to exceptions.
 */
export interface IdentityVerificationClient {
  /** 본인인증 단건 조회 */
  getIdentityVerification(
    input: { readonly identityVerificationId: string; readonly storeId?: string },
    options?: CallOptions,
  ): Promise<IdentityVerification>;
  /** 본인인증 내역 다건 조회: page, sort and filter (sent as the JSON `requestBody` query) */
  getIdentityVerifications(
    input?: GetIdentityVerificationsBody,
    options?: CallOptions,
  ): Promise<GetIdentityVerificationsResponse>;
  /** 본인인증 요청 전송 (SMS or APP) */
  sendIdentityVerification(
    input: SendIdentityVerificationInput,
    options?: CallOptions,
  ): Promise<SendIdentityVerificationResponse>;
  /** 본인인증 확인: the OTP the customer received (omitted for APP) */
  confirmIdentityVerification(
    input: { readonly identityVerificationId: string; readonly otp?: string; readonly storeId?: string },
    options?: CallOptions,
  ): Promise<ConfirmIdentityVerificationResponse>;
  /** SMS 본인인증 요청 재전송 */
  resendIdentityVerification(
    input: { readonly identityVerificationId: string; readonly storeId?: string },
    options?: CallOptions,
  ): Promise<ResendIdentityVerificationResponse>;
}

type Result = { data?: unknown; error?: unknown; response: Response };

/** The payload, or the API error: the path client has already scrubbed the secret from both. */
function unwrap<T>(operation: IdentityVerificationOperation, result: Result): T {
  if (result.error === undefined) return result.data as T;
  const error = result.error as { type: string; message?: unknown };
  const message = typeof error.message === "string" && error.message !== "" ? `: ${error.message}` : "";
  throw new PortOneError({
    kind: "api",
    operation,
    status: result.response.status,
    data: result.error as ErrorOf<typeof operation>,
    body: rawErrorBody(result),
    message: `${error.type} (HTTP ${result.response.status})${message}`,
  });
}

/** The operation-style methods over a path client (typed, at least, by the identity verification paths). */
export function createIdentityVerificationClient(client: PathClient<paths>): IdentityVerificationClient {
  return {
    async getIdentityVerification({ identityVerificationId, storeId }, options) {
      const result = await client.GET("/identity-verifications/{identityVerificationId}", {
        params: {
          path: { identityVerificationId },
          ...(storeId === undefined ? {} : { query: { storeId } }),
        },
        ...options,
      });
      return unwrap("getIdentityVerification", result);
    },
    async getIdentityVerifications(input, options) {
      const result = await client.GET("/identity-verifications", {
        params: input === undefined ? {} : { query: { requestBody: input } },
        ...options,
      });
      return unwrap("getIdentityVerifications", result);
    },
    async sendIdentityVerification({ identityVerificationId, bypass, ...body }, options) {
      const toSend = bypassToSend("sendIdentityVerification", bypass);
      const result = await client.POST("/identity-verifications/{identityVerificationId}/send", {
        params: { path: { identityVerificationId } },
        body: toSend === undefined ? body : { ...body, bypass: toSend },
        ...options,
      });
      return unwrap("sendIdentityVerification", result);
    },
    async confirmIdentityVerification({ identityVerificationId, ...body }, options) {
      const result = await client.POST("/identity-verifications/{identityVerificationId}/confirm", {
        params: { path: { identityVerificationId } },
        body,
        ...options,
      });
      return unwrap("confirmIdentityVerification", result);
    },
    async resendIdentityVerification({ identityVerificationId, storeId }, options) {
      const result = await client.POST("/identity-verifications/{identityVerificationId}/resend", {
        params: {
          path: { identityVerificationId },
          ...(storeId === undefined ? {} : { query: { storeId } }),
        },
        ...options,
      });
      return unwrap("resendIdentityVerification", result);
    },
  };
}
