import { beforeAll, describe, expect, it } from "vitest";
import type { ApiModel } from "../../src/model/model.js";
import { miniSpec, modelOf } from "../helpers/specs.js";

let model: ApiModel;
beforeAll(async () => {
  model = modelOf(await miniSpec()).model;
});

describe("the model of a PortOne-style V2 spec", () => {
  it("reads discriminated unions with the tag values from the mapping, sorted by tag", () => {
    const union = model.unions.find((candidate) => candidate.name === "IdentityVerification");
    expect(union).toEqual({
      name: "IdentityVerification",
      tagProperty: "status",
      variants: [
        { tag: "FAILED", schema: "FailedIdentityVerification", docs: { title: "실패한 본인인증 내역" } },
        { tag: "READY", schema: "ReadyIdentityVerification", docs: { title: "준비 상태의 본인인증 내역" } },
        { tag: "VERIFIED", schema: "VerifiedIdentityVerification", docs: { title: "완료된 본인인증 내역" } },
      ],
    });
    expect(model.unions.map((candidate) => candidate.name).sort()).toEqual([
      "DeleteBillingKeyError",
      "GetIdentityVerificationError",
      "GetIdentityVerificationsError",
      "IdentityVerification",
      "PlatformPayoutMethod",
      "SendIdentityVerificationError",
    ]);
  });

  it("reads string enums with x-portone-enum docs per value, in the spec's order", () => {
    const operator = model.enums.find((candidate) => candidate.name === "IdentityVerificationOperator");
    expect(operator?.values.map((value) => [value.value, value.docs.title])).toEqual([
      ["SKT", "SKT"],
      ["KT", "KT"],
      ["LGU", "LGU"],
      ["SKT_MVNO", "SKT 알뜰폰"],
      ["KT_MVNO", "KT 알뜰폰"],
      ["LGU_MVNO", "LGU 알뜰폰"],
    ]);
    expect(model.enums.find((candidate) => candidate.name === "IdentityVerificationMethod")?.values).toEqual([
      { value: "SMS", docs: {} },
      { value: "APP", docs: {} },
    ]);
  });

  it("reads each operation's error union with the HTTP status of every case", () => {
    const send = model.errorUnions.find((candidate) => candidate.name === "SendIdentityVerificationError");
    expect(send?.cases.map((errorCase) => [errorCase.type, errorCase.status])).toEqual([
      ["CHANNEL_NOT_FOUND", 404],
      ["FORBIDDEN", 403],
      ["IDENTITY_VERIFICATION_ALREADY_SENT", 409],
      ["IDENTITY_VERIFICATION_NOT_FOUND", 404],
      ["INVALID_REQUEST", 400],
      ["PG_PROVIDER", 502],
      ["UNAUTHORIZED", 401],
    ]);
    expect(model.errorUnions).toHaveLength(4);
  });

  it.each([
    {
      operationId: "getIdentityVerification",
      want: {
        method: "get",
        entry: "identityVerification",
        storeId: "query",
        queryOrBody: undefined,
        unstable: false,
      },
    },
    {
      operationId: "getIdentityVerifications",
      want: {
        method: "get",
        entry: "identityVerification",
        storeId: "body",
        queryOrBody: { parameter: "requestBody", required: false },
      },
    },
    {
      operationId: "sendIdentityVerification",
      want: { method: "post", storeId: "body", errorUnion: "SendIdentityVerificationError" },
    },
    {
      operationId: "deleteBillingKey",
      want: { category: "payment.billingKey", entry: "payment", unstable: true, storeId: undefined },
    },
    {
      operationId: "getPlatformSetting",
      want: { category: undefined, entry: "platform", errorUnion: undefined },
    },
  ])("reads the facts of $operationId", ({ operationId, want }) => {
    expect(model.operations.find((operation) => operation.operationId === operationId)).toMatchObject(want);
  });

  it("gives each top-level category an entry point with only the schemas its operations reach", () => {
    expect(model.entryPoints.map((entry) => [entry.id, entry.operationIds])).toEqual([
      [
        "identityVerification",
        ["getIdentityVerification", "getIdentityVerifications", "sendIdentityVerification"],
      ],
      ["payment", ["deleteBillingKey"]],
      ["platform", ["getPlatformSetting"]],
    ]);
    const payment = model.entryPoints.find((entry) => entry.id === "payment");
    expect(payment?.schemas).toEqual([
      "DeleteBillingKeyError",
      "UnauthorizedError",
      "BillingKeyNotFoundError",
      "DeleteBillingKeyResponse",
    ]);
    expect(payment?.docs.title).toBe("결제 관련 API");
    const identity = model.entryPoints.find((entry) => entry.id === "identityVerification");
    expect(identity?.schemas).toContain("IdentityVerificationVerifiedCustomer");
    expect(identity?.schemas).not.toContain("PlatformSetting");
    expect(model.entryPoints.flatMap((entry) => entry.schemas)).not.toContain("UnusedSchema");
  });

  it("puts each union case's tag on the case as a literal in the document for openapi-typescript", () => {
    const schemas = (model.baseDocument.components as any).schemas;
    expect(schemas.FailedIdentityVerification.properties.status).toEqual({
      title: "본인인증 상태",
      type: "string",
      enum: ["FAILED"],
    });
    expect(schemas.IdentityVerification.discriminator).toBeUndefined();
    // A free-form case gains its tag and stays open.
    expect(schemas.PlatformPayoutMethodPoint).toMatchObject({
      required: ["type"],
      properties: { type: { type: "string", enum: ["POINT"] } },
      additionalProperties: true,
    });
  });

  it("types a query-or-body parameter by the body's schema, which the client JSON-encodes", () => {
    const [parameter] = (model.baseDocument.paths as any)["/identity-verifications"].get.parameters;
    expect(parameter).toMatchObject({
      name: "requestBody",
      in: "query",
      schema: { $ref: "#/components/schemas/GetIdentityVerificationsBody" },
    });
    expect(parameter.content).toBeUndefined();
  });

  it("gives every case of a case shared by two unions all of its tags", async () => {
    const spec = await miniSpec();
    spec.components.schemas.OtherUnion = {
      oneOf: [{ $ref: "#/components/schemas/PlatformPayoutMethodAccount" }],
      discriminator: {
        propertyName: "type",
        mapping: { BANK: "#/components/schemas/PlatformPayoutMethodAccount" },
      },
    };
    const schemas = (modelOf(spec).model.baseDocument.components as any).schemas;
    expect(schemas.PlatformPayoutMethodAccount.properties.type.enum).toEqual(["ACCOUNT", "BANK"]);
  });
});
