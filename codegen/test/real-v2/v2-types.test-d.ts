// Type tests on the output generated from the real V2 spec (`generated/v2`, made by `pnpm generate`).
import { describe, expectTypeOf, test } from "vitest";
import {
  IdentityVerificationOperator,
  isUnrecognizedIdentityVerification,
  isUnrecognizedSendIdentityVerificationError,
  operationTable,
  SendIdentityVerificationErrorStatus,
  SendIdentityVerificationErrorType,
  type ChannelNotFoundError,
  type FailedIdentityVerification,
  type IdentityVerification,
  type paths,
  type PgProviderError,
  type ReadyIdentityVerification,
  type SendIdentityVerificationBody,
  type SendIdentityVerificationError,
  type UnrecognizedVariant,
  type VerifiedIdentityVerification,
} from "../../../generated/v2/index.js";
import type * as IdentityVerificationEntry from "../../../generated/v2/categories/identityVerification/index.js";

describe("discriminated unions", () => {
  test("each case carries its tag as a literal", () => {
    expectTypeOf<FailedIdentityVerification["status"]>().toEqualTypeOf<"FAILED">();
    expectTypeOf<ReadyIdentityVerification["status"]>().toEqualTypeOf<"READY">();
    expectTypeOf<ChannelNotFoundError["type"]>().toEqualTypeOf<"CHANNEL_NOT_FOUND">();
  });

  test("switch on the tag narrows IdentityVerification, and the default is the unrecognized case", () => {
    const describeStatus = (identityVerification: IdentityVerification): string => {
      switch (identityVerification.status) {
        case "VERIFIED":
          expectTypeOf(identityVerification).toEqualTypeOf<VerifiedIdentityVerification>();
          return identityVerification.verifiedCustomer.name;
        case "FAILED":
          expectTypeOf(identityVerification).toEqualTypeOf<FailedIdentityVerification>();
          return identityVerification.failure.reason ?? "";
        case "READY":
          expectTypeOf(identityVerification).toEqualTypeOf<ReadyIdentityVerification>();
          return identityVerification.id;
        default:
          expectTypeOf(identityVerification).toEqualTypeOf<UnrecognizedVariant<"status">>();
          return "unknown";
      }
    };
    expectTypeOf(describeStatus).returns.toBeString();
  });

  test("the unrecognized case must be handled: shared fields are optional, the others need narrowing first", () => {
    const read = (identityVerification: IdentityVerification) => {
      // A case PortOne adds later may lack even a field every known case has.
      expectTypeOf(identityVerification.id).toEqualTypeOf<string | undefined>();
      // @ts-expect-error only the verified case has verifiedAt
      void identityVerification.verifiedAt;
      if (!isUnrecognizedIdentityVerification(identityVerification)) {
        expectTypeOf(identityVerification.id).toBeString();
        expectTypeOf(identityVerification).toEqualTypeOf<
          FailedIdentityVerification | ReadyIdentityVerification | VerifiedIdentityVerification
        >();
      }
    };
    void read;
  });

  test("a tag value the spec does not define is a compile error", () => {
    const check = (identityVerification: IdentityVerification) => {
      // @ts-expect-error there is no "EXPIRED" status
      return identityVerification.status === "EXPIRED";
    };
    void check;
  });
});

describe("error unions", () => {
  test("switch on type narrows SendIdentityVerificationError", () => {
    const handle = (error: SendIdentityVerificationError): number => {
      switch (error.type) {
        case "PG_PROVIDER":
          expectTypeOf(error).toEqualTypeOf<PgProviderError>();
          expectTypeOf(error.pgCode).toBeString();
          return SendIdentityVerificationErrorStatus.PG_PROVIDER;
        case "CHANNEL_NOT_FOUND":
          expectTypeOf(error).toEqualTypeOf<ChannelNotFoundError>();
          return SendIdentityVerificationErrorStatus[error.type];
        default:
          if (isUnrecognizedSendIdentityVerificationError(error)) {
            expectTypeOf(error).toEqualTypeOf<UnrecognizedVariant<"type">>();
          }
          return 0;
      }
    };
    void handle;
  });

  test("the Type enum and Status map are literal", () => {
    expectTypeOf(SendIdentityVerificationErrorType.CHANNEL_NOT_FOUND).toEqualTypeOf<"CHANNEL_NOT_FOUND">();
    expectTypeOf(SendIdentityVerificationErrorStatus.CHANNEL_NOT_FOUND).toEqualTypeOf<404>();
    expectTypeOf(SendIdentityVerificationErrorStatus.PG_PROVIDER).toEqualTypeOf<502>();
    expectTypeOf<SendIdentityVerificationErrorType>().toEqualTypeOf<
      | "CHANNEL_NOT_FOUND"
      | "FORBIDDEN"
      | "IDENTITY_VERIFICATION_ALREADY_SENT"
      | "IDENTITY_VERIFICATION_ALREADY_VERIFIED"
      | "IDENTITY_VERIFICATION_NOT_FOUND"
      | "INVALID_REQUEST"
      | "MAX_TRANSACTION_COUNT_REACHED"
      | "PG_PROVIDER"
      | "UNAUTHORIZED"
    >();
    // @ts-expect-error not a type of this error union
    void SendIdentityVerificationErrorStatus.PAYMENT_NOT_FOUND;
  });
});

describe("enums, open records, the operations table and paths", () => {
  test("enums are runtime consts with an open union type", () => {
    expectTypeOf(IdentityVerificationOperator.LGU_MVNO).toEqualTypeOf<"LGU_MVNO">();
    expectTypeOf<"SKT">().toMatchTypeOf<IdentityVerificationOperator>();
    expectTypeOf<"A_CARRIER_ADDED_LATER">().toMatchTypeOf<IdentityVerificationOperator>();
  });

  test("free-form objects such as bypass accept keys", () => {
    expectTypeOf<{ kcpV2: { media_type: "MC01" } }>().toMatchTypeOf<
      NonNullable<SendIdentityVerificationBody["bypass"]>
    >();
  });

  test("the operations table is literal", () => {
    expectTypeOf(operationTable.sendIdentityVerification.method).toEqualTypeOf<"post">();
    expectTypeOf(operationTable.getIdentityVerifications.queryOrBody).toEqualTypeOf<{
      readonly parameter: "requestBody";
      readonly required: false;
    }>();
    expectTypeOf(operationTable.getIdentityVerification.storeId).toEqualTypeOf<"query">();
  });

  test("paths has openapi-typescript's shape, with the error union on error responses", () => {
    type Send = paths["/identity-verifications/{identityVerificationId}/send"]["post"];
    expectTypeOf<Send["parameters"]["path"]["identityVerificationId"]>().toBeString();
    expectTypeOf<
      Send["responses"][409]["content"]["application/json"]
    >().toEqualTypeOf<SendIdentityVerificationError>();
  });

  test("the identityVerification entry point exports the same types without the other categories", () => {
    expectTypeOf<IdentityVerificationEntry.IdentityVerification>().toEqualTypeOf<IdentityVerification>();
    expectTypeOf<IdentityVerificationEntry.SendIdentityVerificationError>().toEqualTypeOf<SendIdentityVerificationError>();
    expectTypeOf<keyof typeof IdentityVerificationEntry.operationTable>().toEqualTypeOf<
      | "confirmIdentityVerification"
      | "getIdentityVerification"
      | "getIdentityVerifications"
      | "resendIdentityVerification"
      | "sendIdentityVerification"
    >();
  });
});
