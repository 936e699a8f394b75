// Path style, @portone-typed/v2: the identity verification (본인인증) request.
import { PortOneClient } from "@portone-typed/v2";

const portone = PortOneClient({ secret: process.env.PORTONE_SECRET ?? "" });

export async function sendOtp(identityVerificationId: string, phoneNumber: string) {
  const { error } = await portone.POST("/identity-verifications/{identityVerificationId}/send", {
    params: { path: { identityVerificationId } },
    body: {
      channelKey: "channel-key-…",
      customer: { phoneNumber, name: "홍길동", ipAddress: "127.0.0.1" },
      operator: "SKT",
      method: "SMS",
    },
  });
  return error === undefined;
}

export async function status(identityVerificationId: string) {
  const { data } = await portone.GET("/identity-verifications/{identityVerificationId}", {
    params: { path: { identityVerificationId } },
  });
  return data?.status;
}
