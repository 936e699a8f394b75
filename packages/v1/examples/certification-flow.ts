/**
 * Identity verification by OTP with @portone-typed/v1 (api.iamport.kr): request → confirm →
 * get, against the in-process fake of PortOne's V1 API, so it runs anywhere without keys:
 *
 *   pnpm --filter @portone-typed/v1 example
 *
 * Against PortOne, drop the fake and pass your V1 REST API key and secret.
 */
import { pathToFileURL } from "node:url";
import { createIamportClient, isIamportError, type CertificationAnnotation } from "@portone-typed/v1";
import { startFakeIamportServer } from "@portone-typed/v1/testing";

export async function runCertificationFlow(
  log: (line: string) => void = console.log,
): Promise<CertificationAnnotation> {
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
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "[포트원 상점] 인증번호는 [000000]입니다." } },
    });
    log(`1. code sent; imp_uid ${imp_uid}`);

    try {
      await client.certification.confirmOTP({ imp_uid, otp: "000000" });
    } catch (error) {
      if (!isIamportError(error, "confirmOTP") || error.kind !== "api") throw error;
      log(`2. a wrong code: code ${error.code} with HTTP ${error.status}: ${error.serverMessage}`);
    }

    const confirmed = await client.certification.confirmOTP({ imp_uid, otp: "135790" });
    log(`3. confirmed: ${confirmed.name}, certified ${confirmed.certified}`);

    const certification = await client.certification.getCertification({ imp_uid });
    log(`4. looked up: ${certification.imp_uid} via ${certification.pg_provider}`);
    log(`   (one access token for all of it: ${iamport.tokenRequests()} token request)`);
    return certification;
  } finally {
    await iamport.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runCertificationFlow().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
