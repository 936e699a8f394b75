// The merchant's flow every runtime runs, from the installed packages and nothing else: V2
// identity verification (a wrong code, then the right one), V1 OTP certification the same way,
// and a webhook signed, verified, then tampered with. The fakes it talks to are started by the
// Node test process; their addresses come in `fakes`. Plain ES modules and fetch only.
import { createPortOneClient, isPortOneError } from "@portone-typed/v2/identity-verification";
import { signWebhook, verify, WebhookVerificationError } from "@portone-typed/v2/webhook";
import { createIamportClient, isIamportError } from "@portone-typed/v1";

async function wrongThenRight(attempt, isExpected, describe) {
  try {
    await attempt("000000");
  } catch (error) {
    if (!isExpected(error)) throw error;
    return [describe(error), await attempt(undefined)];
  }
  throw new Error("a wrong code was accepted");
}

export async function flow(fakes) {
  const lines = [];
  const portone = createPortOneClient({
    secret: fakes.v2.secret,
    storeId: fakes.v2.storeId,
    baseUrl: fakes.v2.url,
  });
  const identityVerificationId = "iv-runtime";
  await portone.identityVerification.sendIdentityVerification({
    identityVerificationId,
    channelKey: "channel-key-kcp-v2",
    customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
    operator: "SKT",
    method: "SMS",
  });
  const [v2Wrong, confirmed] = await wrongThenRight(
    (otp) =>
      portone.identityVerification.confirmIdentityVerification({
        identityVerificationId,
        otp: otp ?? fakes.v2.otp,
      }),
    (error) => isPortOneError(error, "confirmIdentityVerification") && error.data?.type === "PG_PROVIDER",
    (error) => `v2 wrong code: ${error.data.type} ${error.status}`,
  );
  lines.push(
    v2Wrong,
    `v2 confirmed: ${confirmed.identityVerification.status} ${confirmed.identityVerification.verifiedCustomer.name}`,
  );

  const iamport = createIamportClient({
    impKey: fakes.v1.impKey,
    impSecret: fakes.v1.impSecret,
    baseUrl: fakes.v1.url,
  });
  const { imp_uid } = await iamport.certification.requestOTP({
    name: "홍길동",
    phone: "01012345678",
    birth: "900101",
    gender_digit: "1",
    carrier: "SKT",
    channel_key: "channel-key-kcp-v2",
  });
  const [v1Wrong, certification] = await wrongThenRight(
    (otp) => iamport.certification.confirmOTP({ imp_uid, otp: otp ?? fakes.v1.otp }),
    (error) => isIamportError(error, "confirmOTP"),
    (error) => `v1 wrong code: ${error.kind} ${error.code}`,
  );
  lines.push(v1Wrong, `v1 confirmed: ${certification.name} ${certification.certified}`);

  const secret = `whsec_${btoa("runtime webhook secret")}`;
  const signed = await signWebhook(secret, {
    type: "Transaction.Cancelled",
    timestamp: "2026-12-02T00:00:00Z",
    data: { storeId: "store-1", paymentId: "order-1", transactionId: "tx-1", cancellationId: "c-1" },
  });
  const event = await verify(secret, signed.body, signed.headers);
  lines.push(`webhook: ${event.type} ${event.data.cancellationId}`);
  try {
    await verify(secret, `${signed.body} `, signed.headers);
    lines.push("webhook tampered: accepted");
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    lines.push(`webhook tampered: ${error.reason}`);
  }
  return lines;
}
