import { defineConfig } from "tsup";
import { clientPackage } from "../tsup.shared.js";

export default defineConfig(
  clientPackage({
    index: "src/index.ts",
    "identity-verification": "src/identity-verification.ts",
    testing: "src/testing/index.ts",
    webhook: "src/webhook.ts",
    auth: "src/categories/auth.ts",
    b2b: "src/categories/b2b.ts",
    checkoutProfile: "src/categories/checkoutProfile.ts",
    common: "src/categories/common.ts",
    identityVerification: "src/categories/identityVerification.ts",
    payment: "src/categories/payment.ts",
    paymentSession: "src/categories/paymentSession.ts",
    pgSpecific: "src/categories/pgSpecific.ts",
    platform: "src/categories/platform.ts",
    reconciliation: "src/categories/reconciliation.ts",
  }),
);
