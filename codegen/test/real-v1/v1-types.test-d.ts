// Type tests on the output generated from the real V1 spec (`generated/v1`, made by `pnpm generate`).
import { describe, expectTypeOf, test } from "vitest";
import {
  ConfirmOTPErrorStatus,
  operationTable,
  type CertificationAnnotation,
  type CertificationOTPAnnotation,
  type Envelope,
  type operations,
  type PayloadOf,
  type paths,
} from "../../../generated/v1/index.js";
import type * as Certification from "../../../generated/v1/categories/certification/index.js";

type RequestOTPBody = operations["requestOTP"]["requestBody"]["content"]["application/json"];
type RequestOTPForm = operations["requestOTP"]["requestBody"]["content"]["application/x-www-form-urlencoded"];

const valid = {
  name: "홍길동",
  phone: "01012345678",
  birth: "900101",
  gender_digit: "1",
  carrier: "SKT",
  channel_key: "channel-key-1234",
} as const;

describe("requestOTP's request body", () => {
  test("accepts a complete body, as JSON and as a form", () => {
    expectTypeOf(valid).toMatchTypeOf<RequestOTPBody>();
    expectTypeOf(valid).toMatchTypeOf<RequestOTPForm>();
    expectTypeOf({
      ...valid,
      is_mvno: true,
      verification_method: "APP" as const,
    }).toMatchTypeOf<RequestOTPBody>();
  });

  test("rejects a missing channel_key", () => {
    const { channel_key: _, ...withoutChannelKey } = valid;
    // @ts-expect-error channel_key is required
    const body: RequestOTPBody = withoutChannelKey;
    void body;
  });

  test('rejects carrier "LGU" (V1 says LGT) and an unknown verification_method', () => {
    // @ts-expect-error carrier is "SKT" | "KT" | "LGT"
    const lgu: RequestOTPBody = { ...valid, carrier: "LGU" };
    // @ts-expect-error verification_method is "SMS" | "APP"
    const push: RequestOTPBody = { ...valid, verification_method: "PUSH" };
    void lgu;
    void push;
    expectTypeOf<RequestOTPBody["carrier"]>().toEqualTypeOf<"SKT" | "KT" | "LGT">();
  });

  test("is_mvno is a boolean, pg is optional", () => {
    expectTypeOf<RequestOTPBody["is_mvno"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<RequestOTPBody["pg"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("envelopes and payloads", () => {
  test("a success response is an Envelope of the operation's payload", () => {
    type ConfirmOk =
      paths["/certifications/otp/confirm/{imp_uid}"]["post"]["responses"][200]["content"]["application/json"];
    expectTypeOf<ConfirmOk>().toEqualTypeOf<Envelope<CertificationAnnotation>>();
    expectTypeOf<ConfirmOk["code"]>().toBeNumber();
    expectTypeOf<ConfirmOk["message"]>().toEqualTypeOf<string | null>();
  });

  test("PayloadOf names each operation's payload", () => {
    expectTypeOf<PayloadOf<"requestOTP">>().toEqualTypeOf<CertificationOTPAnnotation>();
    expectTypeOf<PayloadOf<"confirmOTP">>().toEqualTypeOf<CertificationAnnotation>();
    expectTypeOf<PayloadOf<"getToken">["expired_at"]>().toBeNumber();
    expectTypeOf<PayloadOf<"requestOTP">["imp_uid"]>().toBeString();
  });
});

describe("failure statuses and the operations table", () => {
  test("documented statuses are literal", () => {
    expectTypeOf(ConfirmOTPErrorStatus.NOT_FOUND).toEqualTypeOf<404>();
    expectTypeOf<ConfirmOTPErrorStatus>().toEqualTypeOf<400 | 401 | 404 | 500>();
    // @ts-expect-error confirmOTP documents no 409
    void ConfirmOTPErrorStatus.CONFLICT;
  });

  test("the table says supported PGs and content types", () => {
    expectTypeOf(operationTable.requestOTP.supportedPgs).toEqualTypeOf<readonly ["danal", "kcp_v2"]>();
    expectTypeOf(operationTable.confirmOTP.contentTypes).toEqualTypeOf<
      readonly ["application/json", "application/x-www-form-urlencoded"]
    >();
    expectTypeOf(operationTable.getToken.path).toEqualTypeOf<"/users/getToken">();
  });

  test("the certification entry point has the four certification operations", () => {
    expectTypeOf<keyof typeof Certification.operationTable>().toEqualTypeOf<
      "confirmOTP" | "deleteCertification" | "getCertification" | "requestOTP"
    >();
    expectTypeOf<Certification.PayloadOf<"confirmOTP">>().toEqualTypeOf<CertificationAnnotation>();
  });
});
