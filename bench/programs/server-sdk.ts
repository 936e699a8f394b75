// The identity verification program of the type-check and bundle-size benchmarks against
// @portone/server-sdk (PortOne's official SDK), through its identity verification entry point.
import { IdentityVerificationClient } from "@portone/server-sdk/identityVerification";
import { verifyWith } from "./server-sdk-flow.js";

const portone = IdentityVerificationClient({
  secret: process.env.PORTONE_API_SECRET ?? "",
  storeId: "store-bench",
});

export const verify = (identityVerificationId: string, otp: string) =>
  verifyWith(portone, identityVerificationId, otp);
