import { describe, expectTypeOf, test } from "vitest";
import {
  createIamportClient,
  isIamportError,
  untypedBypass,
  type CertificationAnnotation,
  type CertificationOTPAnnotation,
  type Envelope,
  type RequestOTPInput,
} from "../src/index.js";

const client = createIamportClient({ impKey: "k", impSecret: "s" });
const valid = {
  name: "홍길동",
  phone: "01012345678",
  birth: "900101",
  gender_digit: "1",
  carrier: "SKT",
  channel_key: "ck",
} as const;

describe("requestOTP's input", () => {
  test("accepts a complete request, with a typed KCP bypass", () => {
    const input: RequestOTPInput = {
      ...valid,
      is_mvno: false,
      verification_method: "APP",
      bypass: { kcpV2: { media_type: "MC02" } },
    };
    expectTypeOf(client.certification.requestOTP(input)).resolves.toEqualTypeOf<CertificationOTPAnnotation>();
  });

  test("rejects a missing channel_key and carrier LGU", () => {
    const { channel_key: _, ...withoutChannelKey } = valid;
    // @ts-expect-error channel_key is required
    const missing: RequestOTPInput = withoutChannelKey;
    const lgu: RequestOTPInput = {
      ...valid,
      // @ts-expect-error carrier is "SKT" | "KT" | "LGT"
      carrier: "LGU",
    };
    void [missing, lgu];
  });

  test("types the bypass: media_type required, [000000] in the SMS text, no other PG without untypedBypass()", () => {
    const noMedia: RequestOTPInput = {
      ...valid,
      // @ts-expect-error media_type is required when verifying by API
      bypass: { kcpV2: { web_siteid: "SITE" } },
    };
    const noCode: RequestOTPInput = {
      ...valid,
      bypass: {
        kcpV2: {
          media_type: "MC01",
          // @ts-expect-error the text must contain [000000]
          cp_sms_msg: "인증번호를 입력하세요",
        },
      },
    };
    const otherPg: RequestOTPInput = {
      ...valid,
      // @ts-expect-error only kcpV2 is typed for V1
      bypass: { danal: { CPTITLE: "shop" } },
    };
    const escaped: RequestOTPInput = { ...valid, bypass: untypedBypass({ danal: { CPTITLE: "shop" } }) };
    void [noMedia, noCode, otherPg, escaped];
  });
});

describe("payloads and errors", () => {
  test("the certification methods return payloads, unwrapped", () => {
    expectTypeOf(client.certification.confirmOTP).returns.resolves.toEqualTypeOf<CertificationAnnotation>();
    expectTypeOf(
      client.certification.getCertification,
    ).returns.resolves.toEqualTypeOf<CertificationAnnotation>();
    expectTypeOf(
      client.certification.deleteCertification,
    ).returns.resolves.toEqualTypeOf<CertificationAnnotation>();
  });

  test("the path style returns the envelope", async () => {
    const { data } = await client.GET("/certifications/{imp_uid}", {
      params: { path: { imp_uid: "imp_1" } },
    });
    expectTypeOf(data).toEqualTypeOf<Envelope<CertificationAnnotation> | undefined>();
  });

  test("isIamportError narrows by operation and carries code and status", () => {
    const handle = (error: unknown) => {
      if (!isIamportError(error, "confirmOTP")) return;
      expectTypeOf(error.operation).toEqualTypeOf<"confirmOTP">();
      expectTypeOf(error.code).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.kind).toEqualTypeOf<
        "api" | "response" | "network" | "timeout" | "aborted" | "request"
      >();
    };
    void handle;
  });

  test("the client's options are checked", () => {
    // @ts-expect-error impSecret is required
    createIamportClient({ impKey: "k" });
    createIamportClient({
      impKey: "k",
      impSecret: "s",
      bodyFormat: "form",
      timeoutMs: 1_000,
      baseUrl: "http://127.0.0.1:1",
      clock: () => 0,
    });
  });
});
