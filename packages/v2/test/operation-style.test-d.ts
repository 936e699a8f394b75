import { describe, expectTypeOf, test } from "vitest";
import {
  isPortOneError,
  PortOneClient,
  type CancelPaymentError,
  type GetPaymentError,
  isUnrecognizedPayment,
  type PaidPayment,
  type Payment,
  type PaymentAmount,
  type Unrecognized,
  type PaymentAlreadyCancelledError,
  type PortOneErrorOf,
} from "../src/index.js";
import * as PaymentEntry from "../src/categories/payment.js";

const portone = PortOneClient({ secret: "s", storeId: "store" });

describe("the operation style's types (each of these failed before it existed)", () => {
  test("named methods by group return the payload, under its own name", () => {
    expectTypeOf(portone.payment.getPayment).returns.resolves.toEqualTypeOf<Payment>();
    expectTypeOf(portone.payment.getPayment).parameter(0).toEqualTypeOf<{
      readonly paymentId: string;
      readonly storeId?: string | undefined;
    }>();
    expectTypeOf(portone.payment.billingKey.issueBillingKey).toBeFunction();
    expectTypeOf(portone.b2b.taxInvoice.downloadB2bTaxInvoicesSheet).returns.resolves.toEqualTypeOf<string>();
  });

  test("the per-category entry point has the same shape for its category", () => {
    const payments = PaymentEntry.PortOneClient({ secret: "s" });
    expectTypeOf(payments.payment.getPayment).returns.resolves.toEqualTypeOf<PaymentEntry.Payment>();
    // @ts-expect-error the payment entry point knows nothing of other categories
    void payments.identityVerification;
  });

  test("isPortOneError narrows data to the operation's union, and type narrows further", () => {
    const handle = (error: unknown) => {
      if (!isPortOneError(error, "cancelPayment")) return;
      expectTypeOf(error).toEqualTypeOf<PortOneErrorOf<"cancelPayment">>();
      expectTypeOf(error.data).toEqualTypeOf<CancelPaymentError | undefined>();
      switch (error.data?.type) {
        case "PAYMENT_ALREADY_CANCELLED":
          expectTypeOf(error.data).toEqualTypeOf<PaymentAlreadyCancelledError>();
      }
    };
    void handle;
    expectTypeOf<PortOneErrorOf<"getPayment">["data"]>().toEqualTypeOf<GetPaymentError | undefined>();
  });

  test("the fields every known case shares are readable without narrowing, optional until narrowed", () => {
    const read = (payment: Payment, error: GetPaymentError) => {
      expectTypeOf(payment.id).toEqualTypeOf<string | undefined>();
      expectTypeOf(payment.amount).toEqualTypeOf<PaymentAmount | undefined>();
      expectTypeOf(error.message).toEqualTypeOf<string | undefined>();
      // @ts-expect-error only some cases have paidAt, so it needs narrowing
      void payment.paidAt;
      switch (payment.status) {
        case "PAID":
          expectTypeOf(payment).toEqualTypeOf<PaidPayment>();
          expectTypeOf(payment.id).toEqualTypeOf<string>();
          expectTypeOf(payment.paidAt).toEqualTypeOf<string>();
          break;
        case "CANCELLED":
        case "FAILED":
        case "PARTIAL_CANCELLED":
        case "PAY_PENDING":
        case "READY":
        case "VIRTUAL_ACCOUNT_ISSUED":
          expectTypeOf(payment.amount).toEqualTypeOf<PaymentAmount>();
          break;
        default:
          expectTypeOf(payment.status).toEqualTypeOf<Unrecognized>();
          expectTypeOf(payment.id).toEqualTypeOf<string | undefined>();
      }
      if (isUnrecognizedPayment(payment)) expectTypeOf(payment.id).toEqualTypeOf<string | undefined>();
    };
    void read;
  });

  test("storeId the client fills is optional; storeId: undefined opts out where it is only a filter", () => {
    void portone.paymentSession.createPaymentSession({
      paymentId: "p",
      profileKey: "k",
      country: "KR",
      currency: "KRW",
      totalAmount: 1000,
      orderName: "o",
      redirectUrl: "https://shop.example/done",
    });
    void portone.payment.getAllPaymentEventsByCursor({ storeId: undefined });
    void portone.payment.getPayments();
  });

  test("a misspelt field is an error that names the input type", () => {
    // @ts-expect-error paymentID is not a field of GetPaymentInput
    void portone.payment.getPayment({ paymentID: "p" });
  });

  test("the path style requires the JSON query body PortOne requires", () => {
    // @ts-expect-error GET /b2b/tax-invoices-sheet needs its requestBody
    void portone.GET("/b2b/tax-invoices-sheet", { params: { query: {} } });
    void portone.GET("/b2b/tax-invoices-sheet", { params: { query: { requestBody: {} } } });
  });
});
