import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createIamportClient, IamportError, untypedBypass, type RequestOTPInput } from "../src/index.js";

const KEY = "imp_KEY_1234";
const SECRET = "imp_SECRET_abcdefgh";
const TOKEN = "tok_ACCESS_zyxwvut";

const envelope = (status: number, code: number, response: unknown, message: string | null = null) =>
  new Response(JSON.stringify({ code, message, response }), {
    status,
    headers: { "Content-Type": "application/json" },
  });

/** PortOne's token endpoint answered locally; every other request by `respond`. */
function fakeFetch(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    if (new URL(request.url).pathname === "/users/getToken")
      return envelope(200, 0, { access_token: TOKEN, now: 1_000, expired_at: 2_800 });
    return respond(request);
  };
  return { fetch, requests };
}

async function failure(call: Promise<unknown>): Promise<IamportError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof IamportError)) throw new Error(`expected an IamportError, got ${inspect(error)}`);
  return error;
}

const client = (fetch: (request: Request) => Promise<Response>, timeoutMs?: number) =>
  createIamportClient({
    impKey: KEY,
    impSecret: SECRET,
    fetch,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });

const otp: RequestOTPInput = {
  name: "홍길동",
  phone: "01012345678",
  birth: "900101",
  gender_digit: "1",
  carrier: "KT",
  channel_key: "ck",
};

describe("V1 failures become typed errors", () => {
  it("a network failure", async () => {
    const { fetch } = fakeFetch(async () => Promise.reject(new TypeError("fetch failed")));
    expect(await failure(client(fetch).certification.getCertification({ imp_uid: "imp_1" }))).toMatchObject({
      kind: "network",
      operation: "getCertification",
    });
  });

  it("a timeout", async () => {
    const { fetch } = fakeFetch(
      (request) =>
        new Promise<Response>((_, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
        ),
    );
    expect(
      await failure(client(fetch, 50).certification.getCertification({ imp_uid: "imp_1" })),
    ).toMatchObject({
      kind: "timeout",
      message: "getCertification: no answer within 50 ms",
    });
  });

  it("a success body that is not JSON", async () => {
    const { fetch } = fakeFetch(() => new Response("<html>maintenance</html>", { status: 200 }));
    expect(await failure(client(fetch).certification.getCertification({ imp_uid: "imp_1" }))).toMatchObject({
      kind: "response",
    });
  });

  it("a JSON body that is not the envelope", async () => {
    const { fetch } = fakeFetch(
      () => new Response(JSON.stringify({ error: "bad gateway" }), { status: 502 }),
    );
    expect(await failure(client(fetch).certification.getCertification({ imp_uid: "imp_1" }))).toMatchObject({
      kind: "response",
      status: 502,
      body: '{"error":"bad gateway"}',
    });
  });

  it("a token request that fails without an answer", async () => {
    const fetch = async () => Promise.reject(new TypeError("getaddrinfo ENOTFOUND api.iamport.kr"));
    expect(await failure(client(fetch).certification.getCertification({ imp_uid: "imp_1" }))).toMatchObject({
      kind: "network",
      operation: "getToken",
    });
  });
});

describe("V1 requests", () => {
  it("go to https://api.iamport.kr, escape path values and refuse . and ..", async () => {
    const { fetch, requests } = fakeFetch(() =>
      envelope(200, 0, { imp_uid: "x", pg_provider: "danal", foreigner: false }),
    );
    const iamport = client(fetch);
    await iamport.certification.getCertification({ imp_uid: "imp/../../users" });
    expect(requests.map((request) => request.url)).toEqual([
      "https://api.iamport.kr/users/getToken",
      "https://api.iamport.kr/certifications/imp%2F..%2F..%2Fusers",
    ]);
    const error = await failure(iamport.certification.deleteCertification({ imp_uid: ".." }));
    expect(error).toMatchObject({ kind: "request", operation: "deleteCertification" });
    expect(requests).toHaveLength(2);
  });

  it("check the bypass before sending", async () => {
    const { fetch, requests } = fakeFetch(() => envelope(200, 0, { imp_uid: "x" }));
    const iamport = client(fetch);
    const bad = await failure(
      iamport.certification.requestOTP({
        ...otp,
        bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "no code" } } as never,
      }),
    );
    expect(bad).toMatchObject({ kind: "request", operation: "requestOTP" });
    expect(bad.message).toMatch(/\[000000\]/);
    expect(requests).toHaveLength(0);
    await iamport.certification.requestOTP({ ...otp, bypass: untypedBypass({ danal: { CPTITLE: "shop" } }) });
    expect(await requests.at(-1)?.json()).toMatchObject({ bypass: { danal: { CPTITLE: "shop" } } });
  });
});

describe("the key, the secret and the token", () => {
  it("appear in no error, message, property, stack, JSON or inspection of the client", async () => {
    const errors = await Promise.all([
      failure(
        client(fakeFetch(() => envelope(401, -1, null, "Unauthorized")).fetch).certification.getCertification(
          { imp_uid: "imp_1" },
        ),
      ),
      failure(
        client(
          fakeFetch(() => new Response("<html/>", { status: 502 })).fetch,
        ).certification.getCertification({ imp_uid: "imp_1" }),
      ),
      failure(
        client(
          fakeFetch(async () => Promise.reject(new TypeError("fetch failed"))).fetch,
        ).certification.getCertification({ imp_uid: "imp_1" }),
      ),
      failure(
        client(async () =>
          envelope(401, -1, null, "imp_key, imp_secret 인증에 실패하였습니다."),
        ).certification.getCertification({ imp_uid: "imp_1" }),
      ),
    ]);
    const used = client(
      fakeFetch(() => envelope(200, 0, { imp_uid: "imp_1", pg_provider: "danal", foreigner: false })).fetch,
    );
    await used.certification.getCertification({ imp_uid: "imp_1" });
    const seen = [
      ...errors.flatMap((error) => [
        error.message,
        String(error.stack),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
      ]),
      JSON.stringify(used),
      inspect(used, { depth: 10, showHidden: true }),
    ];
    for (const text of seen) {
      for (const secret of [KEY, SECRET, TOKEN]) expect(text).not.toContain(secret);
    }
  });

  it("are required", () => {
    expect(() => createIamportClient({ impKey: KEY, impSecret: "" })).toThrow(
      "createIamportClient: `impKey` and `impSecret`",
    );
  });
});
