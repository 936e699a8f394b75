import type { V1Transport } from "../core/client.js";
import type { IamportError } from "../core/errors.js";
import type { operations, PayloadOf } from "../generated/all.js";
import { certificationBypassToSend, type CertificationBypass, type UntypedBypass } from "./bypass.js";

type RequestOTPBody = operations["requestOTP"]["requestBody"]["content"]["application/json"];

export interface RequestOTPInput extends Omit<RequestOTPBody, "bypass"> {
  /** PG-specific parameters, typed for KCP; `untypedBypass({...})` for others. */
  readonly bypass?: CertificationBypass | UntypedBypass;
}

/** Per call: cancel it with your own signal; send this body as JSON (default) or as a form. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  readonly bodyFormat?: "json" | "form";
}

/**
 * V1 identity verification by OTP (본인인증), named by PortOne's operationIds. Each returns the
 * envelope's payload and throws an `IamportError` for a non-zero `code` (with HTTP 200 or an
 * error status alike) and for every other failure, so the success path is a plain `await`.
 */
export interface CertificationClient {
  /** 본인인증 요청: texts the customer a 6-digit code; gives the `imp_uid` to confirm with. */
  requestOTP(input: RequestOTPInput, options?: CallOptions): Promise<PayloadOf<"requestOTP">>;
  /** 본인인증 완료: the code the customer received (omitted for KCP's APP method). */
  confirmOTP(
    input: { readonly imp_uid: string; readonly otp?: string },
    options?: CallOptions,
  ): Promise<PayloadOf<"confirmOTP">>;
  /** 본인인증 결과조회 */
  getCertification(
    input: { readonly imp_uid: string },
    options?: CallOptions,
  ): Promise<PayloadOf<"getCertification">>;
  /** 본인인증 정보삭제: removes the result from PortOne's servers. */
  deleteCertification(
    input: { readonly imp_uid: string },
    options?: CallOptions,
  ): Promise<PayloadOf<"deleteCertification">>;
}

/** The headers of a call's body format (the client's default applies when the call names none). */
function formatHeaders(options: CallOptions | undefined): { headers?: Record<string, string> } {
  if (options?.bodyFormat === undefined) return {};
  return {
    headers: {
      "Content-Type":
        options.bodyFormat === "form" ? "application/x-www-form-urlencoded" : "application/json",
    },
  };
}

export function createCertificationClient(transport: V1Transport): CertificationClient {
  const { client } = transport;
  const unwrap = async <T>(
    operation: string,
    result: { data?: unknown; error?: unknown; response: Response },
  ): Promise<T> => {
    const envelope = result.data as { code?: unknown; response?: unknown } | undefined;
    if (result.response.ok && envelope?.code === 0) return envelope.response as T;
    throw (await transport.envelopeError(operation, result)) as IamportError;
  };
  return {
    async requestOTP({ bypass, ...fields }, options) {
      const toSend = certificationBypassToSend(bypass);
      const body = (toSend === undefined ? fields : { ...fields, bypass: toSend }) as RequestOTPBody;
      const result = await client.POST("/certifications/otp/request", {
        body,
        signal: options?.signal,
        ...formatHeaders(options),
      });
      return unwrap("requestOTP", result);
    },
    async confirmOTP({ imp_uid, ...body }, options) {
      const result = await client.POST("/certifications/otp/confirm/{imp_uid}", {
        params: { path: { imp_uid } },
        body,
        signal: options?.signal,
        ...formatHeaders(options),
      });
      return unwrap("confirmOTP", result);
    },
    async getCertification({ imp_uid }, options) {
      const result = await client.GET("/certifications/{imp_uid}", {
        params: { path: { imp_uid } },
        signal: options?.signal,
      });
      return unwrap("getCertification", result);
    },
    async deleteCertification({ imp_uid }, options) {
      const result = await client.DELETE("/certifications/{imp_uid}", {
        params: { path: { imp_uid } },
        signal: options?.signal,
      });
      return unwrap("deleteCertification", result);
    },
  };
}
