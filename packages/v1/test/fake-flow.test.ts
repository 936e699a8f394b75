import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createIamportClient,
  IamportError,
  isIamportError,
  type IamportClient,
  type RequestOTPInput,
} from "../src/index.js";
import { startFakeIamportServer, type FakeIamportServer } from "../src/testing/index.js";

const otpRequest = (phone = "01012345678"): RequestOTPInput => ({
  name: "홍길동",
  phone,
  birth: "900101",
  gender_digit: "1",
  carrier: "SKT",
  channel_key: "channel-key-kcp",
  bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "[테스트] 인증번호 [000000]" } },
});

async function failure(call: Promise<unknown>): Promise<IamportError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof IamportError)) throw new Error(`expected an IamportError, got ${String(error)}`);
  return error;
}

describe("the V1 client against the in-process fake", () => {
  // Both clocks are the test's: PortOne's in unix seconds, the client's in milliseconds, far apart.
  let serverSeconds: number;
  let clientMs: number;
  const advance = (seconds: number) => {
    serverSeconds += seconds;
    clientMs += seconds * 1000;
  };
  let fake: FakeIamportServer;
  let client: IamportClient;

  beforeEach(async () => {
    serverSeconds = 1_800_000_000;
    clientMs = 123_456;
    fake = await startFakeIamportServer({ now: () => serverSeconds });
    client = createIamportClient({
      impKey: fake.impKey,
      impSecret: fake.impSecret,
      baseUrl: fake.url,
      clock: () => clientMs,
    });
  });
  afterEach(() => fake.close());

  it("requests, confirms, gets and deletes a certification", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    const confirmed = await client.certification.confirmOTP({ imp_uid, otp: "123456" });
    expect(confirmed).toMatchObject({ imp_uid, certified: true, name: "홍길동", foreigner: false });
    expect(await client.certification.getCertification({ imp_uid })).toEqual(confirmed);
    expect(await client.certification.deleteCertification({ imp_uid })).toEqual(confirmed);
    const gone = await failure(client.certification.getCertification({ imp_uid }));
    expect(gone).toMatchObject({ kind: "api", operation: "getCertification", status: 404, code: -1 });
  });

  it("sends Authorization: Bearer with the token from /users/getToken, fetched once", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    await client.certification.getCertification({ imp_uid });
    expect(fake.tokenRequests()).toBe(1);
    expect(
      fake.requests
        .filter((request) => request.path !== "/users/getToken")
        .map((request) => request.headers.authorization),
    ).toEqual(["Bearer fake_token_1", "Bearer fake_token_1"]);
    expect(fake.requests[0]?.body).toEqual({ imp_key: "imp_key_test", imp_secret: "imp_secret_test" });
  });

  it("makes exactly one token request for 100 concurrent calls with a cold cache", async () => {
    const { imp_uid } = await (async () => {
      const warm = createIamportClient({
        impKey: fake.impKey,
        impSecret: fake.impSecret,
        baseUrl: fake.url,
        clock: () => clientMs,
      });
      return warm.certification.requestOTP(otpRequest());
    })();
    const before = fake.tokenRequests();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => client.certification.getCertification({ imp_uid })),
    );
    expect(results).toHaveLength(100);
    expect(fake.tokenRequests() - before).toBe(1);
  });

  it("refreshes ahead of expiry, in PortOne's last minute, when PortOne extends the same token", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    advance(1800 - 60 - 30); // 90 s left: still good
    await client.certification.getCertification({ imp_uid });
    expect(fake.tokenRequests()).toBe(1);
    advance(45); // 45 s left: refresh; PortOne adds 5 minutes
    await client.certification.getCertification({ imp_uid });
    expect(fake.tokenRequests()).toBe(2);
    advance(200); // 145 s left of the extended token: no refresh
    await client.certification.getCertification({ imp_uid });
    expect(fake.tokenRequests()).toBe(2);
    expect(new Set(fake.requests.map((request) => request.headers.authorization).filter(Boolean))).toEqual(
      new Set(["Bearer fake_token_1"]),
    );
  });

  it("gets a new token once the old one has expired", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    advance(1801);
    await client.certification.getCertification({ imp_uid });
    expect(fake.tokenRequests()).toBe(2);
    expect(fake.requests.at(-1)?.headers.authorization).toBe("Bearer fake_token_2");
  });

  it("on a 401, refreshes the token once and retries the call once", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    fake.revokeToken();
    await expect(client.certification.getCertification({ imp_uid })).resolves.toMatchObject({ imp_uid });
    expect(fake.tokenRequests()).toBe(2);
    expect(
      fake.requests
        .slice(-3)
        .map((request) => `${request.method} ${request.path} ${request.headers.authorization ?? ""}`),
    ).toEqual([
      `GET /certifications/${imp_uid} Bearer fake_token_1`,
      "POST /users/getToken ",
      `GET /certifications/${imp_uid} Bearer fake_token_2`,
    ]);
  });

  it("gives up on a second 401 instead of looping", async () => {
    const alwaysUnauthorized = createIamportClient({
      impKey: fake.impKey,
      impSecret: fake.impSecret,
      baseUrl: fake.url,
      clock: () => clientMs,
      fetch: async (request) =>
        new URL(request.url).pathname === "/users/getToken"
          ? fetch(request)
          : new Response(JSON.stringify({ code: -1, message: "Unauthorized", response: null }), {
              status: 401,
            }),
    });
    const error = await failure(alwaysUnauthorized.certification.getCertification({ imp_uid: "imp_1" }));
    expect(error).toMatchObject({
      kind: "api",
      operation: "getCertification",
      status: 401,
      code: -1,
      serverMessage: "Unauthorized",
    });
    expect(fake.tokenRequests()).toBe(2);
  });

  it("turns a non-zero code that came with HTTP 200 into a typed error", async () => {
    const { imp_uid } = await client.certification.requestOTP(otpRequest());
    const error = await failure(client.certification.confirmOTP({ imp_uid, otp: "000000" }));
    expect(error).toMatchObject({
      kind: "api",
      operation: "confirmOTP",
      status: 200,
      code: -1,
      serverMessage: "인증번호가 일치하지 않습니다.",
    });
    expect(error.message).toBe("confirmOTP: code -1 (HTTP 200): 인증번호가 일치하지 않습니다.");
    expect(JSON.parse(error.body ?? "")).toEqual({
      code: -1,
      message: "인증번호가 일치하지 않습니다.",
      response: null,
    });
  });

  it.each([
    {
      name: "a missing field",
      input: { ...otpRequest(), channel_key: "" },
      want: { status: 400, serverMessage: "channel_key는 필수 입력 정보입니다." },
    },
    {
      name: "a PG refusal",
      input: otpRequest("01000000000"),
      want: { status: 500, serverMessage: "[KCP] 통신사 가입자 정보가 일치하지 않습니다." },
    },
  ])("turns an error status with an envelope ($name) into a typed error", async ({ input, want }) => {
    expect(await failure(client.certification.requestOTP(input))).toMatchObject({
      kind: "api",
      operation: "requestOTP",
      code: -1,
      ...want,
    });
  });

  it("turns a body that is not PortOne's (a proxy's HTML page) into a typed error with the status and the text", async () => {
    await client.certification.requestOTP(otpRequest());
    fake.respondOnce(502, "<html><body>502 Bad Gateway</body></html>");
    const error = await failure(client.certification.getCertification({ imp_uid: "imp_000000000001" }));
    expect(error).toMatchObject({
      kind: "response",
      status: 502,
      body: "<html><body>502 Bad Gateway</body></html>",
      code: undefined,
    });
  });

  it("says when the key or secret is wrong, as a getToken error", async () => {
    const wrong = createIamportClient({ impKey: fake.impKey, impSecret: "wrong", baseUrl: fake.url });
    const error = await failure(wrong.certification.requestOTP(otpRequest()));
    expect(error).toMatchObject({
      kind: "api",
      operation: "getToken",
      status: 401,
      serverMessage: "imp_key, imp_secret 인증에 실패하였습니다.",
    });
  });

  it("sends JSON by default, with bypass as an object", async () => {
    await client.certification.requestOTP(otpRequest());
    const request = fake.requests.at(-1);
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(request?.body?.bypass).toEqual({
      kcpV2: { media_type: "MC01", cp_sms_msg: "[테스트] 인증번호 [000000]" },
    });
  });

  it("sends a form when asked (per client or per call), with bypass as a JSON string", async () => {
    const formClient = createIamportClient({
      impKey: fake.impKey,
      impSecret: fake.impSecret,
      baseUrl: fake.url,
      bodyFormat: "form",
    });
    const { imp_uid } = await formClient.certification.requestOTP({ ...otpRequest(), is_mvno: true });
    const request = fake.requests.at(-1);
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.body).toMatchObject({
      is_mvno: "true",
      carrier: "SKT",
      bypass: JSON.stringify({ kcpV2: { media_type: "MC01", cp_sms_msg: "[테스트] 인증번호 [000000]" } }),
    });
    const tokenRequest = fake.requests.find((candidate) => candidate.path === "/users/getToken");
    expect(tokenRequest?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenRequest?.body).toEqual({ imp_key: "imp_key_test", imp_secret: "imp_secret_test" });
    await client.certification.confirmOTP({ imp_uid, otp: "123456" }, { bodyFormat: "form" });
    expect(fake.requests.at(-1)?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });

  it("narrows errors by operation", async () => {
    await client.certification.confirmOTP({ imp_uid: "imp_unknown", otp: "1" }).catch((error: unknown) => {
      if (!isIamportError(error, "confirmOTP")) throw error;
      expect(error.status).toBe(404);
    });
    expect.assertions(1);
  });

  it("returns the envelope as is from the path style", async () => {
    const { data } = await client.POST("/certifications/otp/request", {
      body: { ...otpRequest(), bypass: undefined },
    });
    expect(data).toEqual({ code: 0, message: null, response: { imp_uid: expect.stringMatching(/^imp_/) } });
  });
});
