// The same program as @portone/server-sdk's README shows for the whole API: one
// PortOneClient, and its identity verification client from it.
import { PortOneClient } from "@portone/server-sdk";
import { verifyWith } from "./server-sdk-flow.js";

const portone = PortOneClient({ secret: process.env.PORTONE_API_SECRET ?? "", storeId: "store-bench" });

export const verify = (identityVerificationId: string, otp: string) =>
  verifyWith(portone.identityVerification, identityVerificationId, otp);
