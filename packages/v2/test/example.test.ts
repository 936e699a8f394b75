import { expect, it } from "vitest";
import { runIdentityVerificationFlow } from "../examples/identity-verification-flow.js";
import { runPaymentFlow } from "../examples/payment-flow.js";

it("the example runs the whole flow against the fake", async () => {
  const lines: string[] = [];
  const result = await runIdentityVerificationFlow((line) => lines.push(line));
  expect(result.status).toBe("VERIFIED");
  expect(lines).toEqual([
    "1. sent: waiting for the customer's code",
    "2. a wrong code: PG_PROVIDER (HTTP 502): 인증번호 불일치",
    "3. the code was sent again",
    "4. confirmed: verified: 홍길동 (CI ci-fake)",
    "5. sending again: IDENTITY_VERIFICATION_ALREADY_VERIFIED (HTTP 409)",
    "6. verified so far: 1 (verified: 홍길동 (CI ci-fake))",
  ]);
});

it("the payment example runs against the fake", async () => {
  const lines: string[] = [];
  const payment = await runPaymentFlow((line) => lines.push(line));
  expect(payment.status).toBe("PARTIAL_CANCELLED");
  expect(lines).toEqual([
    "1. pre-registered 12000 KRW",
    "2. billing key issued: billing-key-1",
    "3. paid 12000 KRW",
    "4. partly cancelled: 2000 of 12000",
    "5. refused: CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT (HTTP 409)",
    "6. PAYMENT_NOT_FOUND: 결제 건이 존재하지 않습니다.",
  ]);
});
