import { describe, expectTypeOf, test } from "vitest";
import { Webhook as PaymentEntryWebhook } from "../src/categories/payment.js";
import { Webhook as WebhookNamespace } from "../src/index.js";
import {
  isLegacyWebhook,
  isUnrecognizedWebhook,
  verify,
  type LegacyWebhook,
  type UnrecognizedWebhook,
  type Webhook,
  type WebhookBillingKeyIssued,
  type WebhookTransactionCancelledData,
  type WebhookTransactionData,
} from "../src/webhook.js";

describe("webhook types", () => {
  test("verify resolves to the Webhook union, under PortOne's SDK's names too", () => {
    expectTypeOf(verify).returns.resolves.toEqualTypeOf<Webhook>();
    expectTypeOf(WebhookNamespace.verify).toEqualTypeOf(verify);
    expectTypeOf<WebhookNamespace.Webhook>().toEqualTypeOf<Webhook>();
    // Every entry point has it: a program on /payment handles payment webhooks too.
    expectTypeOf(PaymentEntryWebhook.verify).toEqualTypeOf(verify);
  });

  test("type narrows; cancellationId exists only on the three cancellation events", () => {
    const handle = (webhook: Webhook) => {
      switch (webhook.type) {
        case "Transaction.Paid":
          expectTypeOf(webhook.data).toEqualTypeOf<WebhookTransactionData>();
          // @ts-expect-error a paid event has no cancellation
          void webhook.data.cancellationId;
          break;
        case "Transaction.Cancelled":
        case "Transaction.PartialCancelled":
        case "Transaction.CancelPending":
          expectTypeOf(webhook.data).toEqualTypeOf<WebhookTransactionCancelledData>();
          expectTypeOf(webhook.data.cancellationId).toBeString();
          break;
        case "BillingKey.Issued":
          expectTypeOf(webhook).toEqualTypeOf<WebhookBillingKeyIssued>();
          expectTypeOf(webhook.data.billingKey).toBeString();
          break;
        case undefined:
          expectTypeOf(webhook).toEqualTypeOf<LegacyWebhook>();
          expectTypeOf(webhook.payment_id).toBeString();
      }
    };
    void handle;
  });

  test("the unrecognized case must be handled, and keeps what every event has, optional", () => {
    const handle = (webhook: Webhook) => {
      if (isLegacyWebhook(webhook)) return;
      if (isUnrecognizedWebhook(webhook)) {
        expectTypeOf(webhook).toEqualTypeOf<UnrecognizedWebhook>();
        expectTypeOf(webhook.timestamp).toEqualTypeOf<string | undefined>();
        return;
      }
      expectTypeOf(webhook.timestamp).toBeString();
      expectTypeOf(webhook.data.storeId).toBeString();
    };
    void handle;
    // @ts-expect-error without narrowing, data may be missing (an event PortOne adds later, or the legacy body)
    const storeOf = (webhook: Webhook) => webhook.data.storeId;
    void storeOf;
  });
});
