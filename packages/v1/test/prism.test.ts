import path from "node:path";
import { fileURLToPath } from "node:url";
import { requestViolations, startPrism, type PrismServer } from "@portone-typed/internal/testing/prism";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIamportClient, IamportError, type IamportClient } from "../src/index.js";

const REAL_V1_SPEC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../specs/v1.openapi.json",
);

/**
 * The certification operations, sent by the client to Prism serving the real V1 Swagger 2.0
 * file, must pass its request validation. Measured: Prism answers 415 to JSON bodies although
 * the spec lists application/json, so bodies go as forms here; and it answers `null` for the
 * allOf envelopes, so responses are judged against the fake, not here. For the same reason the
 * token comes from a local stand-in; /users/getToken itself is checked on its own.
 */
describe("V1 requests conform to the real V1 spec (Prism)", () => {
  let prism: PrismServer;
  let client: IamportClient;
  const answers: { url: string; status: number; violations: string | null }[] = [];

  beforeAll(async () => {
    prism = await startPrism(REAL_V1_SPEC);
    client = createIamportClient({
      impKey: "imp_key_test",
      impSecret: "imp_secret_test",
      baseUrl: prism.url,
      bodyFormat: "form",
      timeoutMs: 10_000,
      fetch: async (request) => {
        if (new URL(request.url).pathname === "/users/getToken") {
          return Response.json({
            code: 0,
            message: null,
            response: { access_token: "t", now: 1_000, expired_at: 2_800 },
          });
        }
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

  /** Runs a call Prism cannot answer with an envelope, and checks the request it received. */
  async function expectValidRequest(call: () => Promise<unknown>) {
    const outcome = await call().catch((error: unknown) => error);
    // Prism's `null` body for an allOf envelope is, rightly, not PortOne's envelope.
    expect(outcome).toBeInstanceOf(IamportError);
    expect((outcome as IamportError).kind).toBe("response");
    const answer = answers.at(-1);
    expect(
      requestViolations(answer?.violations),
      `${answer?.url}; Prism said:\n${prism.output().slice(-1500)}`,
    ).toEqual([]);
    expect(answer?.status).toBe(200);
  }

  it("getToken (a form body with imp_key and imp_secret)", async () => {
    const response = await fetch(`${prism.url}/users/getToken`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ imp_key: "imp_key_test", imp_secret: "imp_secret_test" }),
    });
    expect(requestViolations(response.headers.get("sl-violations"))).toEqual([]);
    expect(response.status).toBe(200);
  });

  it("requestOTP, with a typed KCP bypass sent as a JSON string", () =>
    expectValidRequest(() =>
      client.certification.requestOTP({
        name: "홍길동",
        phone: "01012345678",
        birth: "900101",
        gender_digit: "1",
        carrier: "LGT",
        is_mvno: true,
        channel_key: "channel-key-kcp",
        verification_method: "SMS",
        bypass: { kcpV2: { media_type: "MC02", cp_sms_msg: "[상점] 인증번호 [000000]" } },
      }),
    ));

  it("confirmOTP", () =>
    expectValidRequest(() =>
      client.certification.confirmOTP({ imp_uid: "imp_123412341234", otp: "123456" }),
    ));

  it("getCertification", () =>
    expectValidRequest(() => client.certification.getCertification({ imp_uid: "imp_123412341234" })));

  it("deleteCertification", () =>
    expectValidRequest(() => client.certification.deleteCertification({ imp_uid: "imp_123412341234" })));

  it("would notice a request that does not conform (validation is on)", async () => {
    const response = await fetch(`${prism.url}/certifications/otp/request`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        name: "홍길동",
        phone: "01012345678",
        birth: "900101",
        gender_digit: "1",
        carrier: "LGU",
      }),
    });
    expect(response.status).toBe(400);
    const messages = requestViolations(response.headers.get("sl-violations"))
      .map((violation) => violation.message)
      .join("\n");
    expect(messages).toContain("channel_key");
    expect(messages).toContain("carrier");
  });
});
