import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createPortOneClient,
  isPortOneError,
  isUnrecognizedIdentityVerification,
  PortOneError,
  type PortOneIdentityVerificationClient,
} from "../src/identity-verification.js";
import {
  startFakeIdentityVerificationServer,
  type FakeIdentityVerificationServer,
} from "../src/testing/index.js";

const customer = { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" };
const sendInput = (identityVerificationId: string, phoneNumber = customer.phoneNumber) => ({
  identityVerificationId,
  channelKey: "channel-key-kcp",
  customer: { ...customer, phoneNumber },
  operator: "SKT" as const,
  method: "SMS" as const,
  bypass: {
    kcpV2: { media_type: "MC01" as const, cp_sms_msg: "[테스트 상점] 인증번호는 [000000]입니다." as const },
  },
});

/** The PortOneError a call rejects with. */
async function failure(call: Promise<unknown>): Promise<PortOneError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PortOneError)) throw new Error(`expected a PortOneError, got ${String(error)}`);
  return error;
}

describe("the identity verification flow against the in-process fake", () => {
  let fake: FakeIdentityVerificationServer;
  let client: PortOneIdentityVerificationClient;

  beforeEach(async () => {
    fake = await startFakeIdentityVerificationServer();
    client = createPortOneClient({ secret: fake.secret, storeId: fake.storeId, baseUrl: fake.url });
  });
  afterEach(() => fake.close());

  it("goes READY → send → confirm → VERIFIED", async () => {
    await expect(client.identityVerification.sendIdentityVerification(sendInput("iv001"))).resolves.toEqual(
      {},
    );
    const ready = await client.identityVerification.getIdentityVerification({
      identityVerificationId: "iv001",
    });
    expect(ready.status).toBe("READY");

    const { identityVerification } = await client.identityVerification.confirmIdentityVerification({
      identityVerificationId: "iv001",
      otp: "123456",
    });
    expect(identityVerification.status).toBe("VERIFIED");
    expect(identityVerification.verifiedCustomer.name).toBe("홍길동");

    const verified = await client.identityVerification.getIdentityVerification({
      identityVerificationId: "iv001",
    });
    if (verified.status !== "VERIFIED") throw new Error(`expected VERIFIED, got ${String(verified.status)}`);
    expect(verified.verifiedCustomer.ci).toBe("ci-fake");
  });

  it("sends the bypass, the storeId default in the body, and the auth header", async () => {
    await client.identityVerification.sendIdentityVerification(sendInput("iv002"));
    const [request] = fake.requests;
    expect(request?.headers.authorization).toBe("PortOne test-secret");
    expect(request?.body).toMatchObject({
      storeId: "store-test",
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "[테스트 상점] 인증번호는 [000000]입니다." } },
    });
  });

  it("fills the storeId default into the query where the operation takes it there, unless the call gives one", async () => {
    await client.identityVerification.sendIdentityVerification(sendInput("iv003"));
    await client.identityVerification.getIdentityVerification({ identityVerificationId: "iv003" });
    await client.identityVerification.resendIdentityVerification({ identityVerificationId: "iv003" });
    expect(fake.requests.slice(1).map((request) => request.query.storeId)).toEqual([
      "store-test",
      "store-test",
    ]);
    const error = await failure(
      client.identityVerification.getIdentityVerification({
        identityVerificationId: "iv003",
        storeId: "store-other",
      }),
    );
    expect(error.type).toBe("FORBIDDEN");
    expect(fake.requests.at(-1)?.query.storeId).toBe("store-other");
  });

  it.each([
    {
      name: "ALREADY_SENT: sending twice",
      run: async (c: PortOneIdentityVerificationClient) => {
        await c.identityVerification.sendIdentityVerification(sendInput("iv010"));
        return c.identityVerification.sendIdentityVerification(sendInput("iv010"));
      },
      want: {
        operation: "sendIdentityVerification",
        type: "IDENTITY_VERIFICATION_ALREADY_SENT",
        status: 409,
      },
    },
    {
      name: "NOT_FOUND: confirming what was never sent",
      run: (c: PortOneIdentityVerificationClient) =>
        c.identityVerification.confirmIdentityVerification({
          identityVerificationId: "nothing",
          otp: "123456",
        }),
      want: {
        operation: "confirmIdentityVerification",
        type: "IDENTITY_VERIFICATION_NOT_FOUND",
        status: 404,
      },
    },
    {
      name: "ALREADY_VERIFIED: confirming twice",
      run: async (c: PortOneIdentityVerificationClient) => {
        await c.identityVerification.sendIdentityVerification(sendInput("iv011"));
        await c.identityVerification.confirmIdentityVerification({
          identityVerificationId: "iv011",
          otp: "123456",
        });
        return c.identityVerification.confirmIdentityVerification({
          identityVerificationId: "iv011",
          otp: "123456",
        });
      },
      want: {
        operation: "confirmIdentityVerification",
        type: "IDENTITY_VERIFICATION_ALREADY_VERIFIED",
        status: 409,
      },
    },
    {
      name: "PG_PROVIDER: a phone number the PG refuses",
      run: (c: PortOneIdentityVerificationClient) =>
        c.identityVerification.sendIdentityVerification(sendInput("iv012", "01000000000")),
      want: { operation: "sendIdentityVerification", type: "PG_PROVIDER", status: 502 },
    },
    {
      name: "PG_PROVIDER: a wrong code",
      run: async (c: PortOneIdentityVerificationClient) => {
        await c.identityVerification.sendIdentityVerification(sendInput("iv013"));
        return c.identityVerification.confirmIdentityVerification({
          identityVerificationId: "iv013",
          otp: "000000",
        });
      },
      want: { operation: "confirmIdentityVerification", type: "PG_PROVIDER", status: 502 },
    },
    {
      name: "NOT_FOUND: getting an unknown id",
      run: (c: PortOneIdentityVerificationClient) =>
        c.identityVerification.getIdentityVerification({ identityVerificationId: "unknown" }),
      want: { operation: "getIdentityVerification", type: "IDENTITY_VERIFICATION_NOT_FOUND", status: 404 },
    },
  ])("throws a typed error for $name", async ({ run, want }) => {
    const error = await failure(run(client));
    expect(error).toMatchObject({ kind: "api", ...want });
    expect(error.data).toMatchObject({ type: want.type });
    expect(error.body).toBe(JSON.stringify(error.data));
    expect(error.message).toContain(`${want.operation}: ${want.type} (HTTP ${want.status})`);
  });

  it.each([
    {
      action: "resending",
      run: (c: PortOneIdentityVerificationClient) =>
        c.identityVerification.resendIdentityVerification({ identityVerificationId: "iv020" }),
    },
    {
      action: "confirming",
      run: (c: PortOneIdentityVerificationClient) =>
        c.identityVerification.confirmIdentityVerification({
          identityVerificationId: "iv020",
          otp: "123456",
        }),
    },
  ])("NOT_SENT: $action one the browser created but nobody sent by API", async ({ run }) => {
    const at = "2026-01-01T00:00:00Z";
    fake.seed(
      {
        id: "iv020",
        status: "READY",
        requestedCustomer: {},
        requestedAt: at,
        updatedAt: at,
        statusChangedAt: at,
        version: "V2",
      },
      { sent: false },
    );
    const error = await failure(run(client));
    expect(error).toMatchObject({ kind: "api", type: "IDENTITY_VERIFICATION_NOT_SENT", status: 404 });
  });

  it("narrows the error union of an operation by type", async () => {
    await client.identityVerification
      .sendIdentityVerification(sendInput("iv030", "01000000000"))
      .catch((error: unknown) => {
        if (!isPortOneError(error, "sendIdentityVerification") || error.data?.type !== "PG_PROVIDER")
          throw error;
        expect(error.data.pgMessage).toBe("통신사 가입자 정보 불일치");
      });
    expect.assertions(1);
  });

  // The list's only storeId is a filter (unset: the merchant's whole list), so no default goes in.
  it("lists with page, sort and filter sent as the JSON requestBody query", async () => {
    for (const id of ["iv040", "iv041", "iv042"])
      await client.identityVerification.sendIdentityVerification(sendInput(id));
    await client.identityVerification.confirmIdentityVerification({
      identityVerificationId: "iv041",
      otp: "123456",
    });
    const page = await client.identityVerification.getIdentityVerifications({
      page: { number: 0, size: 10 },
      sort: { by: "REQUESTED_AT", order: "DESC" },
      filter: { statuses: ["READY"] },
    });
    expect(page.items.map((item) => (isUnrecognizedIdentityVerification(item) ? "?" : item.id))).toEqual([
      "iv040",
      "iv042",
    ]);
    expect(page.page).toEqual({ number: 0, size: 10, totalCount: 2 });
    expect(JSON.parse(fake.requests.at(-1)?.query.requestBody ?? "")).toEqual({
      page: { number: 0, size: 10 },
      sort: { by: "REQUESTED_AT", order: "DESC" },
      filter: { statuses: ["READY"] },
    });
  });

  it("hands back a status it does not know as the unrecognized case, with its extra fields, without throwing", async () => {
    fake.seed({ id: "iv050", status: "EXPIRED", expiredAt: "2026-01-01T00:00:00Z", version: "V3" });
    const identityVerification = await client.identityVerification.getIdentityVerification({
      identityVerificationId: "iv050",
    });
    expect(isUnrecognizedIdentityVerification(identityVerification)).toBe(true);
    expect(identityVerification).toMatchObject({ status: "EXPIRED", expiredAt: "2026-01-01T00:00:00Z" });
  });

  it("answers the path style with { data } or { error }, error narrowable by type", async () => {
    const missing = await client.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: "nope" } },
    });
    expect(missing.data).toBeUndefined();
    expect(missing.error?.type).toBe("IDENTITY_VERIFICATION_NOT_FOUND");
    expect(missing.response.status).toBe(404);
    const sent = await client.POST("/identity-verifications/{identityVerificationId}/send", {
      params: { path: { identityVerificationId: "iv060" } },
      body: { channelKey: "ck", customer, operator: "KT", method: "APP" },
    });
    expect(sent.data).toEqual({});
    expect(fake.requests.at(-1)?.body).toMatchObject({ storeId: "store-test" });
  });

  it("refuses a wrong secret with UNAUTHORIZED", async () => {
    const wrong = createPortOneClient({ secret: "wrong", baseUrl: fake.url });
    const error = await failure(
      wrong.identityVerification.getIdentityVerification({ identityVerificationId: "x" }),
    );
    expect(error).toMatchObject({ kind: "api", type: "UNAUTHORIZED", status: 401 });
  });
});
