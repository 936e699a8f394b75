// Operation style, @portone-typed/v2: refunds by the payment id.
import { PortOneClient, type Payment } from "@portone-typed/v2";

const portone = PortOneClient({ secret: process.env.PORTONE_SECRET ?? "" });

export async function refund(paymentId: string): Promise<string> {
  const payment: Payment = await portone.payment.getPayment({ paymentId });
  if (payment.status !== "PAID") return "nothing to refund";
  const { cancellation } = await portone.payment.cancelPayment({
    paymentId,
    reason: "고객 요청",
    requester: "CUSTOMER",
  });
  return String(cancellation.status);
}
