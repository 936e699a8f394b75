// The part still on PortOne's own SDK.
import { PortOneClient } from "@portone/server-sdk";

const client = PortOneClient({ secret: process.env.PORTONE_SECRET ?? "" });

export async function resend(identityVerificationId: string) {
  await client.identityVerification.resendIdentityVerification({ identityVerificationId });
}

export async function send(identityVerificationId: string, phoneNumber: string) {
  await client.identityVerification.sendIdentityVerification({
    identityVerificationId,
    channelKey: "channel-key-…",
    customer: { phoneNumber, name: "홍길동", ipAddress: "127.0.0.1" },
    operator: "SKT",
    method: "SMS",
  });
}
