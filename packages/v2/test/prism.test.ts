import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortOneClient, type PortOneIdentityVerificationClient } from "../src/identity-verification.js";
import { requestViolations, startPrism, type PrismServer } from "./helpers/prism.js";

/**
 * Every identity verification operation, sent by the client to Prism started from the real V2
 * spec, must pass Prism's request validation. Prism's answers are generated (`"status": "string"`
 * in unions), so responses are judged against the fake, not here.
 */
describe("requests conform to the real V2 spec (Prism)", () => {
  let prism: PrismServer;
  let client: PortOneIdentityVerificationClient;
  const answers: { url: string; status: number; violations: string | null }[] = [];

  beforeAll(async () => {
    prism = await startPrism();
    client = createPortOneClient({
      secret: "test-secret",
      storeId: "store-id-1",
      baseUrl: prism.url,
      // Prism hangs on some malformed requests; no test may wait for it forever.
      timeoutMs: 10_000,
      fetch: async (request) => {
        const response = await fetch(request);
        answers.push({
          url: request.url,
          status: response.status,
          violations: response.headers.get("sl-violations"),
        });
        return response;
      },
    });
  });
  afterAll(async () => {
    await prism?.stop();
  });

  const lastAnswer = () => answers.at(-1);
  const expectValid = () => {
    const answer = lastAnswer();
    expect(
      requestViolations(answer?.violations),
      `${answer?.url}; Prism said:\n${prism.output().slice(-1500)}`,
    ).toEqual([]);
    expect(answer?.status).toBe(200);
  };

  it("getIdentityVerification", async () => {
    await client.identityVerification.getIdentityVerification({ identityVerificationId: "iv-prism-1" });
    expectValid();
  });

  it("getIdentityVerifications, with page, sort and filter as the JSON requestBody query", async () => {
    await client.identityVerification.getIdentityVerifications({
      page: { number: 0, size: 20 },
      sort: { by: "REQUESTED_AT", order: "DESC" },
      filter: { statuses: ["READY", "VERIFIED"], isTest: false },
    });
    expectValid();
    expect(new URL(lastAnswer()?.url ?? "").searchParams.get("requestBody")).toBe(
      JSON.stringify({
        page: { number: 0, size: 20 },
        sort: { by: "REQUESTED_AT", order: "DESC" },
        filter: { statuses: ["READY", "VERIFIED"], isTest: false },
      }),
    );
  });

  it("sendIdentityVerification, with a typed KCP bypass", async () => {
    await client.identityVerification.sendIdentityVerification({
      identityVerificationId: "iv-prism-1",
      channelKey: "channel-key-kcp",
      customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
      operator: "LGU_MVNO",
      method: "SMS",
      bypass: { kcpV2: { media_type: "MC02", cp_sms_msg: "[상점] 인증번호 [000000]" } },
    });
    expectValid();
  });

  it("confirmIdentityVerification", async () => {
    await client.identityVerification.confirmIdentityVerification({
      identityVerificationId: "iv-prism-1",
      otp: "123456",
    });
    expectValid();
  });

  it("resendIdentityVerification", async () => {
    await client.identityVerification.resendIdentityVerification({ identityVerificationId: "iv-prism-1" });
    expectValid();
  });

  it("would notice a request that does not conform (validation is on)", async () => {
    const result = await client.POST("/identity-verifications/{identityVerificationId}/send", {
      params: { path: { identityVerificationId: "iv-prism-2" } },
      // Missing the required customer.ipAddress, which only a cast lets through.
      body: {
        channelKey: "ck",
        customer: { name: "홍길동", phoneNumber: "01012345678" },
        operator: "SKT",
        method: "SMS",
      } as never,
    });
    expect(result.response.status).toBe(400);
    expect(
      requestViolations(lastAnswer()?.violations)
        .map((violation) => violation.message)
        .join("\n"),
    ).toContain("ipAddress");
  });
});
