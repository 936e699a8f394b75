import { expect, it } from "vitest";
import { runIdentityVerificationFlow } from "../examples/identity-verification-flow.js";

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
