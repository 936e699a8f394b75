// The identity verification flow against @portone/server-sdk, given its identity
// verification client however the program made it (server-sdk.ts, server-sdk-portone-client.ts).
// portone-typed.ts is the same flow against @portone-typed/v2.
import {
  ConfirmIdentityVerificationError,
  isUnrecognizedIdentityVerification,
  type IdentityVerification,
  type IdentityVerificationClient,
} from "@portone/server-sdk/identityVerification";

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

export async function verifyWith(
  portone: IdentityVerificationClient,
  identityVerificationId: string,
  otp: string,
): Promise<string> {
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
