// A merchant's program, as it would be written against the published packages. The test
// writes it as an ES module (.mts) and as CommonJS (.cts), type-checks both, and runs them.
import {
  createPortOneClient,
  isPortOneError,
  isUnrecognizedIdentityVerification,
  type IdentityVerification,
} from "@portone-typed/v2/identity-verification";
import { startFakeIdentityVerificationServer } from "@portone-typed/v2/testing";
import { signWebhook, verify, WebhookVerificationError } from "@portone-typed/v2/webhook";
import { createIamportClient, isIamportError, type CertificationAnnotation } from "@portone-typed/v1";
import { startFakeIamportServer } from "@portone-typed/v1/testing";

function describe(identityVerification: IdentityVerification): string {
  if (isUnrecognizedIdentityVerification(identityVerification)) return "unknown";
  switch (identityVerification.status) {
    case "READY":
      return "READY";
    case "VERIFIED":
      return `VERIFIED ${identityVerification.verifiedCustomer.name}`;
    case "FAILED":
      return `FAILED ${identityVerification.failure.reason ?? ""}`;
  }
}

async function v2(lines: string[]): Promise<void> {
  const portone = await startFakeIdentityVerificationServer({ otp: "246810" });
  try {
    const client = createPortOneClient({
      secret: portone.secret,
      storeId: portone.storeId,
      baseUrl: portone.url,
    });
    const identityVerificationId = "iv-consumer";
    await client.identityVerification.sendIdentityVerification({
      identityVerificationId,
      channelKey: "channel-key-kcp-v2",
      customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
      operator: "SKT",
      method: "SMS",
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "[상점] 인증번호는 [000000]입니다." } },
    });
    try {
      await client.identityVerification.confirmIdentityVerification({
        identityVerificationId,
        otp: "000000",
      });
    } catch (error) {
      if (!isPortOneError(error, "confirmIdentityVerification") || error.data?.type !== "PG_PROVIDER")
        throw error;
      lines.push(`v2 wrong code: ${error.data.type} ${error.status}`);
    }
    const { identityVerification } = await client.identityVerification.confirmIdentityVerification({
      identityVerificationId,
      otp: "246810",
    });
    lines.push(`v2 confirmed: ${describe(identityVerification)}`);
  } finally {
    await portone.close();
  }
}

async function v1(lines: string[]): Promise<void> {
  const iamport = await startFakeIamportServer({ otp: "135790" });
  try {
    const client = createIamportClient({
      impKey: iamport.impKey,
      impSecret: iamport.impSecret,
      baseUrl: iamport.url,
    });
    const { imp_uid } = await client.certification.requestOTP({
      name: "홍길동",
      phone: "01012345678",
      birth: "900101",
      gender_digit: "1",
      carrier: "SKT",
      channel_key: "channel-key-kcp-v2",
    });
    try {
      await client.certification.confirmOTP({ imp_uid, otp: "000000" });
    } catch (error) {
      if (!isIamportError(error, "confirmOTP")) throw error;
      lines.push(`v1 wrong code: ${error.kind} ${error.code}`);
    }
    const certification: CertificationAnnotation = await client.certification.confirmOTP({
      imp_uid,
      otp: "135790",
    });
    lines.push(`v1 confirmed: ${certification.name} ${certification.certified}`);
  } finally {
    await iamport.close();
  }
}

async function webhook(lines: string[]): Promise<void> {
  const secret = `whsec_${btoa("consumer webhook secret")}`;
  const signed = await signWebhook(secret, {
    type: "Transaction.Cancelled",
    timestamp: "2026-12-02T00:00:00Z",
    data: { storeId: "store-1", paymentId: "order-1", transactionId: "tx-1", cancellationId: "c-1" },
  });
  const event = await verify(secret, signed.body, signed.headers);
  if (event.type === "Transaction.Cancelled")
    lines.push(`webhook: ${event.type} ${event.data.cancellationId}`);
  try {
    await verify(secret, `${signed.body} `, signed.headers);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    lines.push(`webhook tampered: ${error.reason}`);
  }
}

// Never called: what the published types must refuse.
export function refused(error: unknown): void {
  if (isPortOneError(error, "confirmIdentityVerification")) {
    // @ts-expect-error not an error type of confirmIdentityVerification
    if (error.data?.type === "CHANNEL_NOT_FOUND") return;
  }
  const client = createIamportClient({ impKey: "k", impSecret: "s" });
  // @ts-expect-error carriers are SKT, KT, LGT (and their MVNOs), not LGU
  void client.certification.requestOTP({ name: "", phone: "", birth: "", gender_digit: "1", carrier: "LGU" });
}

const lines: string[] = [];
v2(lines)
  .then(() => v1(lines))
  .then(() => webhook(lines))
  .then(() => console.log(JSON.stringify(lines)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
