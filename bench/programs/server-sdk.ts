// The identity verification program of the type-check and bundle-size benchmarks, written
// against @portone/server-sdk (PortOne's official SDK, its identity verification entry point).
// portone-typed.ts is the same program against @portone-typed/v2.
import {
  ConfirmIdentityVerificationError,
  IdentityVerificationClient,
  isUnrecognizedIdentityVerification,
  type IdentityVerification,
} from "@portone/server-sdk/identityVerification";

const portone = IdentityVerificationClient({
  secret: process.env.PORTONE_API_SECRET ?? "",
  storeId: "store-bench",
});

function describe(identityVerification: IdentityVerification): string {
  if (isUnrecognizedIdentityVerification(identityVerification)) return "unknown";
  switch (identityVerification.status) {
    case "READY":
      return "ready";
    case "VERIFIED":
      return `verified ${identityVerification.verifiedCustomer.name}`;
    case "FAILED":
      return `failed ${identityVerification.failure.reason ?? ""}`;
  }
}

export async function verify(identityVerificationId: string, otp: string): Promise<string> {
  await portone.sendIdentityVerification({
    identityVerificationId,
    channelKey: "channel-key-bench",
    customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
    operator: "SKT",
    method: "SMS",
  });
  try {
    const { identityVerification } = await portone.confirmIdentityVerification({
      identityVerificationId,
      otp,
    });
    return describe(identityVerification);
  } catch (error) {
    if (!(error instanceof ConfirmIdentityVerificationError)) throw error;
    switch (error.data.type) {
      case "PG_PROVIDER":
        return `pg ${error.data.pgCode}`;
      case "IDENTITY_VERIFICATION_ALREADY_VERIFIED":
        return describe(await portone.getIdentityVerification({ identityVerificationId }));
      default:
        throw error;
    }
  }
}
