import { beforeAll, describe, expect, it } from "vitest";
import type { ApiModel } from "../../src/model/model.js";
import { v1MiniSpec, v1ModelOf, type Json } from "../helpers/specs.js";

let model: ApiModel;
beforeAll(async () => {
  model = (await v1ModelOf(await v1MiniSpec())).model;
});

const operation = (operationId: string) =>
  model.operations.find((candidate) => candidate.operationId === operationId);
const body = (operationId: string): Json => {
  const found = operation(operationId);
  return ((model.baseDocument.paths as Json)[found?.path ?? ""] as Json)[found?.method ?? ""].requestBody;
};

describe("the model of a V1 (Swagger 2.0) spec", () => {
  it("turns formData into one body schema per content type the operation consumes", () => {
    const requestBody = body("requestOTP");
    expect(Object.keys(requestBody.content)).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
    ]);
    const schema = requestBody.content["application/json"].schema;
    expect(requestBody.content["application/x-www-form-urlencoded"].schema).toBe(schema);
    expect(requestBody.required).toBe(true);
    expect(schema.required).toEqual(["name", "phone", "birth", "gender_digit", "carrier", "channel_key"]);
    expect(schema.properties.carrier).toMatchObject({ type: "string", enum: ["SKT", "KT", "LGT"] });
    expect(schema.properties.is_mvno).toMatchObject({ type: "boolean", default: false });
    expect(schema.properties.pg).toMatchObject({ deprecated: true, title: "PG사 구분코드(deprecated)" });
  });

  it("keeps what swagger2openapi drops: JSON-only bodies, a formData schema, arrays without items", () => {
    const requestBody = body("naverShipProductOrder");
    expect(Object.keys(requestBody.content)).toEqual(["application/json"]);
    expect(requestBody.required).toBe(false);
    expect(requestBody.content["application/json"].schema.properties).toMatchObject({
      product_order_id: { type: "array", items: { type: "string" } },
      extra: { $ref: "#/components/schemas/ShipExtra" },
      notice_url: { type: "array" },
    });
  });

  it.each([
    {
      operationId: "getToken",
      want: {
        category: "auth",
        entry: "auth",
        supportedPgs: [],
        payload: { kind: "envelope", envelope: "AuthResponse" },
      },
    },
    {
      operationId: "requestOTP",
      want: {
        supportedPgs: ["danal", "kcp_v2"],
        contentTypes: ["application/json", "application/x-www-form-urlencoded"],
      },
    },
    {
      operationId: "confirmOTP",
      want: {
        supportedPgs: ["danal", "kcp_v2"],
        payload: { kind: "envelope", envelope: "CertificationResponse" },
      },
    },
    {
      operationId: "getCertification",
      want: { contentTypes: [], payload: { kind: "envelope", envelope: "CertificationResponse" } },
    },
    { operationId: "deleteCertification", want: { payload: { kind: "none" } } },
    { operationId: "getPaymentByMerchantUid", want: { optionalPathParameters: ["payment_status"] } },
    {
      operationId: "naverShipExchangedProductOrder",
      want: { path: "/payments/{imp_uid}/naver/ship-exchanged", entry: "pg" },
    },
  ])("reads the V1 facts of $operationId", ({ operationId, want }) => {
    expect(operation(operationId)).toMatchObject(want);
  });

  it("reads each operation's documented failure statuses, described", () => {
    expect(operation("confirmOTP")?.failures).toEqual([
      {
        status: 400,
        reason: "BAD_REQUEST",
        docs: { description: "인증번호를 누락하였거나 이미 인증처리가 완료된 건에 대해 재요청하는 경우" },
      },
      {
        status: 401,
        reason: "UNAUTHORIZED",
        docs: { description: "인증 Token이 전달되지 않았거나 유효하지 않은 경우" },
      },
      { status: 404, reason: "NOT_FOUND", docs: { description: "imp_uid 에 해당되는 요청건이 없는 경우" } },
      {
        status: 500,
        reason: "INTERNAL_SERVER_ERROR",
        docs: { description: "처리 중 다날서버 응답오류 등 오류가 발생한 경우" },
      },
    ]);
  });

  it("recognizes the response envelopes and their payloads", () => {
    expect(model.envelopes.map((envelope) => [envelope.name, envelope.payloadRef])).toEqual([
      ["AuthResponse", { schema: "AuthAnnotation", array: false }],
      ["CertificationOTPResponse", { schema: "CertificationOTPAnnotation", array: false }],
      ["CertificationResponse", { schema: "CertificationAnnotation", array: false }],
      ["NaverProductOrderListResponse", undefined],
      ["PaymentListResponse", { schema: "PaymentAnnotation", array: true }],
    ]);
  });

  it("documents with x-portone-name and x-portone-description, HTML made plain", () => {
    const schemas = (model.baseDocument.components as Json).schemas;
    expect(schemas.AuthAnnotation.properties.now).toMatchObject({
      title: "현재시각",
      description: "token 만료시각을 정확히 계산하기 위해 사용되는 현재시각. UNIX timestamp",
    });
    expect(schemas.CertificationAnnotation.properties.foreigner.description).toBe(
      "**다날 계약시** 외국인 구분기능을 요청하지 않은 경우 항상 **false**를 응답합니다.\n\n- true : 외국인\n- false : 내국인",
    );
  });

  it("keeps only the included paths and the schemas they reach", async () => {
    const scoped = (await v1ModelOf(await v1MiniSpec(), ["/certifications/**"])).model;
    expect(scoped.operations.map((found) => found.operationId)).toEqual([
      "requestOTP",
      "confirmOTP",
      "getCertification",
      "deleteCertification",
    ]);
    expect(scoped.schemas.map((schema) => schema.name).sort()).toEqual([
      "CertificationAnnotation",
      "CertificationOTPAnnotation",
      "CertificationOTPResponse",
      "CertificationResponse",
      "ResponseAnnotation",
    ]);
  });
});
