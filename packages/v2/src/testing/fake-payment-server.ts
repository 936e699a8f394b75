import type { IncomingMessage } from "node:http";
import type { Payment } from "../../../../generated/v2/categories/payment/index.js";
import { fail, startFakeHttpServer, type FakeServer, type FakeServerOptions } from "./fake-http-server.js";

export interface FakePaymentServerOptions extends FakeServerOptions {}

export interface FakePaymentServer extends FakeServer {
  /** The stored payment, as `GET /payments/{paymentId}` would return it. */
  get(paymentId: string): Payment | undefined;
}

type Json = Record<string, any>;

/**
 * An in-process stand-in for PortOne's V2 payment API on 127.0.0.1: pre-register, billing key
 * issue, pay with a billing key, get and cancel, with PortOne's error responses
 * (PAYMENT_NOT_FOUND, ALREADY_PAID, BILLING_KEY_NOT_FOUND, PAYMENT_NOT_PAID,
 * PAYMENT_ALREADY_CANCELLED, CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT, FORBIDDEN, UNAUTHORIZED).
 */
export async function startFakePaymentServer(
  options: FakePaymentServerOptions = {},
): Promise<FakePaymentServer> {
  const secret = options.secret ?? "test-secret";
  const storeId = options.storeId ?? "store-test";
  const now = options.now ?? (() => new Date());
  const payments = new Map<string, Json>();
  const preRegistered = new Map<string, Json>();
  const billingKeys = new Map<string, Json>();

  const checkStore = (given: unknown) => {
    if (given !== undefined && given !== storeId)
      fail(403, "FORBIDDEN", `상점 ${String(given)}에 대한 권한이 없습니다.`);
  };
  const find = (id: string) =>
    payments.get(id) ?? fail(404, "PAYMENT_NOT_FOUND", "결제 건이 존재하지 않습니다.");

  const issueBillingKey = (body: Json) => {
    checkStore(body.storeId);
    if (!body.method?.card?.credential) fail(400, "INVALID_REQUEST", "method.card.credential은 필수입니다.");
    const billingKey = `billing-key-${billingKeys.size + 1}`;
    const at = now().toISOString();
    billingKeys.set(billingKey, { billingKey, customer: body.customer ?? {} });
    return {
      billingKeyInfo: { billingKey, issuedAt: at },
      channelSpecificFailures: [],
    };
  };

  const payWithBillingKey = (paymentId: string, body: Json) => {
    checkStore(body.storeId);
    if (!billingKeys.has(body.billingKey)) fail(404, "BILLING_KEY_NOT_FOUND", "빌링키가 존재하지 않습니다.");
    if (payments.get(paymentId)?.status === "PAID") fail(409, "ALREADY_PAID", "이미 결제가 완료되었습니다.");
    const expected = preRegistered.get(paymentId)?.totalAmount;
    if (expected !== undefined && expected !== body.amount?.total)
      fail(400, "INVALID_REQUEST", `사전 등록된 금액(${expected})과 다릅니다.`);
    const at = now().toISOString();
    const total = Number(body.amount?.total);
    payments.set(paymentId, {
      status: "PAID",
      id: paymentId,
      transactionId: `tx-${paymentId}`,
      merchantId: "merchant-test",
      storeId,
      billingKey: body.billingKey,
      orderName: body.orderName,
      amount: { total, taxFree: 0, discount: 0, paid: total, cancelled: 0, cancelledTaxFree: 0 },
      currency: body.currency,
      customer: body.customer ?? {},
      isCulturalExpense: false,
      promotionId: null,
      requestedAt: at,
      updatedAt: at,
      statusChangedAt: at,
      paidAt: at,
      version: "V2",
    });
    return { payment: { pgTxId: `pg-${paymentId}`, paidAt: at } };
  };

  const cancel = (paymentId: string, body: Json) => {
    checkStore(body.storeId);
    const payment = find(paymentId);
    if (payment.status === "CANCELLED") fail(409, "PAYMENT_ALREADY_CANCELLED", "이미 취소된 결제입니다.");
    if (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED")
      fail(409, "PAYMENT_NOT_PAID", "결제가 완료되지 않았습니다.");
    const cancellable = payment.amount.paid - payment.amount.cancelled;
    const amount = body.amount ?? cancellable;
    if (amount > cancellable)
      fail(409, "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", `취소 가능 금액(${cancellable})을 초과합니다.`);
    const at = now().toISOString();
    payment.amount.cancelled += amount;
    payment.status = payment.amount.cancelled === payment.amount.paid ? "CANCELLED" : "PARTIAL_CANCELLED";
    payment.updatedAt = at;
    payment.statusChangedAt = at;
    if (payment.status === "CANCELLED") payment.cancelledAt = at;
    const cancellation = {
      status: "SUCCEEDED",
      id: `cancel-${paymentId}-${payment.amount.cancelled}`,
      totalAmount: amount,
      taxFreeAmount: 0,
      vatAmount: 0,
      reason: body.reason,
      requestedAt: at,
      cancelledAt: at,
    };
    payment.cancellations = [...(payment.cancellations ?? []), cancellation];
    return { cancellation };
  };

  const route = (request: IncomingMessage, url: URL, raw: unknown): unknown => {
    const body = (raw ?? {}) as Json;
    const query = Object.fromEntries(url.searchParams);
    const [resource, id, action] = url.pathname.split("/").slice(1).map(decodeURIComponent);
    const method = request.method;
    if (resource === "billing-keys" && method === "POST" && id === undefined) return issueBillingKey(body);
    if (resource === "payments" && id !== undefined) {
      if (method === "GET" && action === undefined) {
        checkStore(query.storeId);
        return find(id);
      }
      if (method === "POST" && action === "pre-register") {
        checkStore(body.storeId);
        if (payments.has(id)) fail(409, "ALREADY_PAID", "이미 결제가 완료되었습니다.");
        preRegistered.set(id, body);
        return {};
      }
      if (method === "POST" && action === "billing-key") return payWithBillingKey(id, body);
      if (method === "POST" && action === "cancel") return cancel(id, body);
    }
    return fail(404, "NOT_FOUND", `${method} ${url.pathname}는 이 가짜 서버가 모르는 요청입니다.`);
  };

  const http = await startFakeHttpServer(secret, route);
  return {
    url: http.url,
    secret,
    storeId,
    requests: http.requests,
    get: (paymentId) => payments.get(paymentId) as Payment | undefined,
    close: () => http.close(),
  };
}
