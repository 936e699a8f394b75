/** `@portone-typed/v1`: a typed client for PortOne's V1 API (api.iamport.kr), for identity verification by OTP. */
import { createCertificationClient, type CertificationClient } from "./certification/client.js";
import { createV1Transport, type IamportClientOptions, type PathClient } from "./core/client.js";

export interface IamportClient extends PathClient {
  readonly certification: CertificationClient;
}

/**
 * A V1 client: the access token is fetched, cached and refreshed for you; `certification.*`
 * unwraps the `{ code, message, response }` envelope; the path-style methods return it as is.
 */
export function createIamportClient(options: IamportClientOptions): IamportClient {
  const transport = createV1Transport(options);
  return { ...transport.client, certification: createCertificationClient(transport) };
}

export { IamportError, isIamportError, type IamportErrorKind } from "./core/errors.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type IamportClientOptions,
  type PathClient,
} from "./core/client.js";
export * from "./generated/all.js";
export {
  isKcpSmsMessage,
  untypedBypass,
  type CertificationBypass,
  type KcpSmsMessage,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "./certification/bypass.js";
export type { CallOptions, CertificationClient, RequestOTPInput } from "./certification/client.js";
