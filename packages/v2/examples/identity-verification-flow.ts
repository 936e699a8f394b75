/**
 * The whole identity verification (본인인증) flow with @portone-typed/v2, against the
 * in-process fake of PortOne's API, so it runs anywhere without a secret or network:
 *
 *   pnpm --filter @portone-typed/v2 example
 *
 * Against PortOne, drop the fake and pass your V2 API secret and store id.
 */
import { pathToFileURL } from "node:url";
import {
  createPortOneClient,
  isPortOneError,
  isUnrecognizedIdentityVerification,
  type IdentityVerification,
} from "@portone-typed/v2/identity-verification";
import { startFakeIdentityVerificationServer } from "@portone-typed/v2/testing";

function describe(identityVerification: IdentityVerification): string {
  if (isUnrecognizedIdentityVerification(identityVerification))
    return "in a state this version of PortOne's spec does not know";
  switch (identityVerification.status) {
    case "READY":
      return "waiting for the customer's code";
    case "VERIFIED":
      return `verified: ${identityVerification.verifiedCustomer.name} (CI ${identityVerification.verifiedCustomer.ci ?? "-"})`;
    case "FAILED":
      return `failed: ${identityVerification.failure.reason ?? "no reason given"}`;
  }
}

export async function runIdentityVerificationFlow(
  log: (line: string) => void = console.log,
): Promise<IdentityVerification> {
  const portone = await startFakeIdentityVerificationServer({ otp: "246810" });
  try {
    const client = createPortOneClient({
      secret: portone.secret,
      storeId: portone.storeId,
      baseUrl: portone.url,
    });
    const identityVerificationId = `iv${Date.now()}`;

    await client.identityVerification.sendIdentityVerification({
      identityVerificationId,
      channelKey: "channel-key-kcp-v2",
      customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
      operator: "SKT",
      method: "SMS",
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "[포트원 상점] 인증번호는 [000000]입니다." } },
    });
    log(
      `1. sent: ${describe(await client.identityVerification.getIdentityVerification({ identityVerificationId }))}`,
    );

    try {
      await client.identityVerification.confirmIdentityVerification({
        identityVerificationId,
        otp: "000000",
      });
    } catch (error) {
      if (!isPortOneError(error, "confirmIdentityVerification") || error.data?.type !== "PG_PROVIDER")
        throw error;
      log(`2. a wrong code: ${error.data.type} (HTTP ${error.status}): ${error.data.pgMessage}`);
    }

    await client.identityVerification.resendIdentityVerification({ identityVerificationId });
    log("3. the code was sent again");

    const { identityVerification } = await client.identityVerification.confirmIdentityVerification({
      identityVerificationId,
      otp: "246810",
    });
    log(`4. confirmed: ${describe(identityVerification)}`);

    try {
      await client.identityVerification.sendIdentityVerification({
        identityVerificationId,
        channelKey: "channel-key-kcp-v2",
        customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
        operator: "SKT",
        method: "SMS",
      });
    } catch (error) {
      if (!isPortOneError(error, "sendIdentityVerification")) throw error;
      log(`5. sending again: ${error.type} (HTTP ${error.status})`);
    }

    const { items, page } = await client.identityVerification.getIdentityVerifications({
      filter: { statuses: ["VERIFIED"] },
    });
    log(`6. verified so far: ${page.totalCount} (${items.map(describe).join("; ")})`);
    return identityVerification;
  } finally {
    await portone.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runIdentityVerificationFlow().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
