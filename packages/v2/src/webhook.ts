/**
 * `@portone-typed/v2/webhook`: verify a webhook PortOne sent and get its typed body, with no Node
 * built-ins (Node 20+, Bun, Deno, edge workers). `Webhook.verify(secret, payload, headers)` from
 * the root entry is the same function, as PortOne's SDK names it.
 */
export {
  createWebhookVerifier,
  signWebhook,
  verify,
  WebhookVerificationError,
  type SignedWebhook,
  type WebhookHeaders,
  type WebhookSecret,
  type WebhookVerificationFailureReason,
  type WebhookVerifyOptions,
} from "./webhook/verify.js";
export * from "./webhook/events.js";
