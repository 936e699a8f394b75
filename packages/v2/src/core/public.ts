// What every entry point of @portone-typed/v2 exports besides its own generated types and
// client: one list, so the entry points cannot drift apart.
export { PortOneError, type PortOneErrorKind } from "./errors.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type PathClient,
  type PortOneClientOptions,
} from "./client.js";
export {
  isKcpSmsMessage,
  untypedBypass,
  type KcpSmsMessage,
  type IdentityVerificationBypass,
  type UntypedBypass,
} from "../identity-verification/bypass.js";
/** Webhooks, as PortOne's SDK has them: `Webhook.verify(secret, payload, headers)`, `Webhook.WebhookVerificationError`. */
export * as Webhook from "../webhook.js";
