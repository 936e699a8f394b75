/**
 * Payments with @portone-typed/v2's operation style, against the in-process fake of PortOne's
 * API, so it runs anywhere without a secret or network:
 *
 *   pnpm --filter @portone-typed/v2 example:payment
 *
 * Pre-register a payment, issue a billing key, pay with it, read the payment, cancel part of
 * it, and handle PortOne's errors by type. Against PortOne, drop the fake and pass your V2 API
 * secret and store id.
 */
import { pathToFileURL } from "node:url";
import {
  isPortOneError,
  isUnrecognizedPayment,
  PortOneClient,
  type Payment,
} from "@portone-typed/v2/payment";
import { startFakePaymentServer } from "@portone-typed/v2/testing";

function describe(payment: Payment): string {
  // `id` and `status` are on every case; the rest needs the case.
  if (isUnrecognizedPayment(payment)) return "in a state this version of PortOne's spec does not know";
  switch (payment.status) {
    case "PAID":
      return `paid ${payment.amount.paid} ${payment.currency}`;
    case "PARTIAL_CANCELLED":
      return `partly cancelled: ${payment.amount.cancelled} of ${payment.amount.paid}`;
    case "CANCELLED":
      return `cancelled (${payment.amount.cancelled})`;
    default:
      return payment.status.toLowerCase();
  }
}

export async function runPaymentFlow(log: (line: string) => void = console.log): Promise<Payment> {
  const fake = await startFakePaymentServer();
  try {
    const portone = PortOneClient({ secret: fake.secret, storeId: fake.storeId, baseUrl: fake.url });
    const paymentId = `order-${Date.now()}`;

    await portone.payment.preRegisterPayment({ paymentId, totalAmount: 12_000, currency: "KRW" });
    log("1. pre-registered 12000 KRW");

    const { billingKeyInfo } = await portone.payment.billingKey.issueBillingKey({
      channelKey: "channel-key-nice",
      method: {
        card: { credential: { number: "4111111111111111", expiryYear: "30", expiryMonth: "12" } },
      },
      customer: { id: "customer-1" },
    });
    log(`2. billing key issued: ${billingKeyInfo.billingKey}`);

    await portone.payment.payWithBillingKey({
      paymentId,
      billingKey: billingKeyInfo.billingKey,
      orderName: "정기 구독 1개월",
      amount: { total: 12_000 },
      currency: "KRW",
    });
    log(`3. ${describe(await portone.payment.getPayment({ paymentId }))}`);

    await portone.payment.cancelPayment({ paymentId, amount: 2_000, reason: "부분 환불" });
    log(`4. ${describe(await portone.payment.getPayment({ paymentId }))}`);

    try {
      await portone.payment.cancelPayment({ paymentId, amount: 50_000, reason: "전액 초과 환불" });
    } catch (error) {
      if (!isPortOneError(error, "cancelPayment")) throw error;
      switch (error.data?.type) {
        case "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT":
          log(`5. refused: ${error.data.type} (HTTP ${error.status})`);
          break;
        default:
          throw error;
      }
    }

    try {
      await portone.payment.getPayment({ paymentId: "no-such-order" });
    } catch (error) {
      if (!isPortOneError(error, "getPayment") || error.data?.type !== "PAYMENT_NOT_FOUND") throw error;
      log(`6. ${error.data.type}: ${error.data.message ?? ""}`);
    }
    return await portone.payment.getPayment({ paymentId });
  } finally {
    await fake.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runPaymentFlow().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
