import { describe, expectTypeOf, test } from "vitest";
import * as Whole from "../src/index.js";
import type { TypedBypassOperation } from "../src/identity-verification/bypass.js";
import {
  createPortOneClient,
  isKcpSmsMessage,
  isPortOneError,
  untypedBypass,
  type ChannelNotFoundError,
  type GetIdentityVerificationError,
  type IdentityVerification,
  type IdentityVerificationBypass,
  type PgProviderError,
  type SendIdentityVerificationError,
  type SendIdentityVerificationInput,
} from "../src/identity-verification.js";

const client = createPortOneClient({ secret: "s" });
const base: Omit<SendIdentityVerificationInput, "bypass"> = {
  identityVerificationId: "iv1",
  channelKey: "ck",
  customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
  operator: "SKT",
  method: "SMS",
};

/** The body of an operation's JSON request, or never. */
type JsonBodyOf<Operation> = Operation extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;
/** Whether a body has a `bypass` whose PG keys are typed (the spec's own is an open record, as are free-form bodies). */
type TypesBypass<Body> = string extends keyof Body
  ? false
  : "bypass" extends keyof Body
    ? string extends keyof NonNullable<Body["bypass" & keyof Body]>
      ? false
      : true
    : false;
type OperationsTypingBypass = {
  [K in keyof Whole.operations]: TypesBypass<JsonBodyOf<Whole.operations[K]>> extends true ? K : never;
}[keyof Whole.operations];

describe("typed bypass checks", () => {
  test("cover exactly the operations whose generated body types a bypass", () => {
    expectTypeOf<TypedBypassOperation>().toEqualTypeOf<OperationsTypingBypass>();
    expectTypeOf<OperationsTypingBypass>().toEqualTypeOf<"sendIdentityVerification">();
  });
});

describe("typed bypass", () => {
  test("accepts what KCP and Danal document", () => {
    const kcp: IdentityVerificationBypass = {
      kcpV2: {
        media_type: "MC01",
        web_siteid: "SITE",
        cp_sms_msg: "[TEST SHOP]이용자번호는[000000]입니다.",
        cp_callback: "0212345678",
      },
    };
    const danal: IdentityVerificationBypass = { danal: { AGELIMIT: 19, CPTITLE: "www.MarketA.co.kr" } };
    expectTypeOf(kcp).toMatchTypeOf<SendIdentityVerificationInput["bypass"]>();
    expectTypeOf(danal).toMatchTypeOf<SendIdentityVerificationInput["bypass"]>();
  });

  test("requires media_type and rejects values KCP does not know", () => {
    // @ts-expect-error media_type is required when sending by API
    const missing: IdentityVerificationBypass = { kcpV2: { web_siteid: "SITE" } };
    // @ts-expect-error media_type is MC01 or MC02
    const unknown: IdentityVerificationBypass = { kcpV2: { media_type: "MC03" } };
    void [missing, unknown];
  });

  test("requires [000000] in cp_sms_msg at compile time", () => {
    const noCode: IdentityVerificationBypass = {
      kcpV2: {
        media_type: "MC01",
        // @ts-expect-error the text must contain [000000]
        cp_sms_msg: "인증번호를 입력하세요",
      },
    };
    const text: string = process.env.SMS_TEXT ?? "";
    // @ts-expect-error an unchecked string might not contain it
    const unchecked: IdentityVerificationBypass = { kcpV2: { media_type: "MC01", cp_sms_msg: text } };
    if (isKcpSmsMessage(text)) {
      const checked: IdentityVerificationBypass = { kcpV2: { media_type: "MC01", cp_sms_msg: text } };
      void checked;
    }
    void [noCode, unchecked];
  });

  test("rejects wrong keys and wrong value types", () => {
    // @ts-expect-error the REST API spells the PG kcpV2, not kcp_v2
    const browserSpelling: IdentityVerificationBypass = { kcp_v2: { media_type: "MC01" } };
    // @ts-expect-error no such KCP key
    const typo: IdentityVerificationBypass = { kcpV2: { media_type: "MC01", mediaType: "MC01" } };
    // @ts-expect-error AGELIMIT is a number
    const ageAsText: IdentityVerificationBypass = { danal: { AGELIMIT: "19" } };
    void [browserSpelling, typo, ageAsText];
  });

  test("the path style checks the same bypass types (it once sent MC03 unchecked)", () => {
    const send = (bypass: IdentityVerificationBypass) =>
      client.POST("/identity-verifications/{identityVerificationId}/send", {
        params: { path: { identityVerificationId: "iv1" } },
        body: { ...base, bypass },
      });
    void send({ kcpV2: { media_type: "MC01" } });
    void client.POST("/identity-verifications/{identityVerificationId}/send", {
      params: { path: { identityVerificationId: "iv1" } },
      // @ts-expect-error media_type is MC01 or MC02, in the path style too
      body: { ...base, bypass: { kcpV2: { media_type: "MC03" } } },
    });
    void client.POST("/identity-verifications/{identityVerificationId}/send", {
      params: { path: { identityVerificationId: "iv1" } },
      body: { ...base, bypass: untypedBypass({ inicisUnified: { flgFixedUser: "N" } }) },
    });
  });

  test("untypedBypass() is the escape hatch for other PGs", () => {
    const input: SendIdentityVerificationInput = {
      ...base,
      bypass: untypedBypass({ inicisUnified: { flgFixedUser: "N" } }),
    };
    void client.identityVerification.sendIdentityVerification(input);
    const plain: SendIdentityVerificationInput = {
      ...base,
      // @ts-expect-error a plain object for another PG is not accepted without it
      bypass: { inicisUnified: { flgFixedUser: "N" } },
    };
    void plain;
  });
});

describe("errors and results", () => {
  test("isPortOneError narrows data to the operation's error union, and type narrows further", () => {
    const handle = (error: unknown) => {
      if (!isPortOneError(error, "sendIdentityVerification")) return;
      expectTypeOf(error.data).toEqualTypeOf<SendIdentityVerificationError | undefined>();
      switch (error.data?.type) {
        case "PG_PROVIDER":
          expectTypeOf(error.data).toEqualTypeOf<PgProviderError>();
          expectTypeOf(error.data.pgMessage).toBeString();
          break;
        case "CHANNEL_NOT_FOUND":
          expectTypeOf(error.data).toEqualTypeOf<ChannelNotFoundError>();
          break;
        case "IDENTITY_VERIFICATION_ALREADY_SENT":
        case "IDENTITY_VERIFICATION_ALREADY_VERIFIED":
          break;
      }
      expectTypeOf(error.kind).toEqualTypeOf<
        "api" | "response" | "network" | "timeout" | "aborted" | "request"
      >();
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
    };
    void handle;
  });

  test("operation-style methods return payloads; path-style ones { data } | { error }", async () => {
    expectTypeOf(
      client.identityVerification.getIdentityVerification,
    ).returns.resolves.toEqualTypeOf<IdentityVerification>();
    const result = await client.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: "iv1" } },
    });
    // openapi-fetch 0.17 would wrap both in its Readable<> helper, which turns open enums into
    // objects (openapi-ts/openapi-typescript#2765); hence 0.16, where they stay the generated types.
    expectTypeOf(result.error).toEqualTypeOf<GetIdentityVerificationError | undefined>();
    expectTypeOf(result.data).toEqualTypeOf<IdentityVerification | undefined>();
    if (result.data?.status === "VERIFIED") expectTypeOf(result.data.verifiedCustomer.name).toBeString();
    if (result.error?.type === "IDENTITY_VERIFICATION_NOT_FOUND")
      expectTypeOf(result.error.message).toEqualTypeOf<string | undefined>();
    // @ts-expect-error a type this operation's error union does not have
    void (result.error?.type === "PG_PROVIDER");
  });

  test("the identity verification entry point knows only its paths; the root entry point knows every one", () => {
    // @ts-expect-error payments are not in the identity verification entry point
    void client.GET("/payments/{paymentId}", { params: { path: { paymentId: "p" } } });
    const whole = Whole.createPortOneClient({ secret: "s" });
    void whole.GET("/payments/{paymentId}", { params: { path: { paymentId: "p" } } });
  });

  test("the client's options are checked", () => {
    // @ts-expect-error secret is required
    createPortOneClient({ storeId: "store" });
    createPortOneClient({
      secret: "s",
      storeId: "store",
      baseUrl: "http://127.0.0.1:1",
      timeoutMs: 5_000,
      userAgent: "shop/1",
      fetch,
    });
  });
});

describe("the path style's input types, beyond identity verification", () => {
  const portone = Whole.createPortOneClient({ secret: "s", storeId: "store" });
  type Query<P extends keyof Whole.paths> = NonNullable<Whole.paths[P]["get"]>["parameters"]["query"];

  test("a vat report's JSON query is the body object, not a string", () => {
    expectTypeOf<Query<"/payment-reconciliations/settlements/vat-report">>().toEqualTypeOf<{
      requestBody: Whole.GetPaymentReconciliationSettlementVatReportBody;
    }>();
    // @ts-expect-error a string is no longer what the type says
    const wrong: Query<"/payment-reconciliations/transactions/vat-report"> = { requestBody: "{}" };
    void wrong;
  });

  test("POST /payment-sessions compiles without the storeId the client fills in", () => {
    const body: NonNullable<
      Whole.paths["/payment-sessions"]["post"]["requestBody"]
    >["content"]["application/json"] = {} as Omit<Whole.CreatePaymentSessionBody, "storeId">;
    void body;
    void portone;
  });

  test("a response is indexed as in openapi-typescript's output, though written as JsonResponse<Body>", () => {
    type Responses = Whole.operations["getPayment"]["responses"];
    expectTypeOf<Responses[200]["content"]["application/json"]>().toEqualTypeOf<
      Whole.components["schemas"]["Payment"]
    >();
    expectTypeOf<Responses[404]>().toEqualTypeOf<{
      headers: { [name: string]: unknown };
      content: { "application/json": Whole.components["schemas"]["GetPaymentError"] };
    }>();
  });
});
