import { inspect } from "node:util";
import { PortOneClient as WholeApiClient } from "../src/index.js";
import { describe, expect, it } from "vitest";
import {
  createPortOneClient,
  untypedBypass,
  type SendIdentityVerificationInput,
} from "../src/identity-verification.js";

import { failure, json, recordingFetch } from "./helpers/fetch.js";

const SECRET = "sk_live_TOPSECRET_0123456789";

const get = (client: ReturnType<typeof createPortOneClient>, identityVerificationId = "iv1") =>
  client.identityVerification.getIdentityVerification({ identityVerificationId });

describe("failures become typed errors", () => {
  it.each([
    {
      name: "an HTML 502 from a proxy",
      response: () =>
        new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
          status: 502,
          headers: { "Content-Type": "text/html" },
        }),
      want: { kind: "response", status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" },
    },
    {
      name: "a JSON error that is not PortOne's (no type)",
      response: () => json(503, { error: "service unavailable" }),
      want: { kind: "response", status: 503, body: '{"error":"service unavailable"}' },
    },
    {
      name: "an empty error body",
      response: () => new Response(null, { status: 500 }),
      want: { kind: "response", status: 500 },
    },
    {
      name: "a success body that is not JSON",
      response: () => new Response("OK", { status: 200, headers: { "Content-Type": "text/plain" } }),
      want: { kind: "response" },
    },
  ])("$name", async ({ response, want }) => {
    const { fetch } = recordingFetch(response);
    const error = await failure(get(createPortOneClient({ secret: SECRET, fetch })));
    expect(error).toMatchObject({
      operation: "getIdentityVerification",
      type: undefined,
      data: undefined,
      ...want,
    });
  });

  it("a network failure", async () => {
    const cause = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") });
    const error = await failure(
      get(createPortOneClient({ secret: SECRET, fetch: async () => Promise.reject(cause) })),
    );
    expect(error).toMatchObject({ kind: "network", operation: "getIdentityVerification", status: undefined });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("getIdentityVerification: no answer: fetch failed");
  });

  it("a timeout", async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
      );
    const started = Date.now();
    const error = await failure(get(createPortOneClient({ secret: SECRET, fetch: hang, timeoutMs: 50 })));
    expect(error).toMatchObject({ kind: "timeout", operation: "getIdentityVerification" });
    expect(error.message).toBe("getIdentityVerification: no answer within 50 ms");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("the caller's abort", async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
      );
    const controller = new AbortController();
    const call = createPortOneClient({
      secret: SECRET,
      fetch: hang,
    }).identityVerification.getIdentityVerification(
      { identityVerificationId: "iv1" },
      { signal: controller.signal },
    );
    controller.abort();
    expect(await failure(call)).toMatchObject({ kind: "aborted" });
  });

  it("rejects with a PortOneError in the path style too, never a parse error", async () => {
    const { fetch } = recordingFetch(() => new Response("<html>502</html>", { status: 502 }));
    const client = createPortOneClient({ secret: SECRET, fetch });
    const error = await failure(
      client.GET("/identity-verifications/{identityVerificationId}", {
        params: { path: { identityVerificationId: "x" } },
      }),
    );
    expect(error).toMatchObject({ kind: "response", status: 502, body: "<html>502</html>" });
  });
});

describe("requests", () => {
  it("go to https://api.portone.io with the PortOne auth header and a user agent", async () => {
    const { fetch, requests } = recordingFetch(() => json(200, { status: "READY", id: "iv1" }));
    await get(createPortOneClient({ secret: SECRET, fetch }));
    await get(
      createPortOneClient({
        secret: SECRET,
        fetch,
        userAgent: "my-shop/1.0",
        baseUrl: "http://127.0.0.1:1/",
      }),
    );
    expect(requests.map((request) => request.url)).toEqual([
      "https://api.portone.io/identity-verifications/iv1",
      "http://127.0.0.1:1/identity-verifications/iv1",
    ]);
    expect(requests[0]?.headers.get("Authorization")).toBe(`PortOne ${SECRET}`);
    expect(requests[0]?.headers.get("User-Agent")).toMatch(/^portone-typed\//);
    expect(requests[1]?.headers.get("User-Agent")).toBe("my-shop/1.0");
  });

  it.each([
    { id: "../x", path: "/identity-verifications/..%2Fx" },
    { id: "a/b", path: "/identity-verifications/a%2Fb" },
    { id: "what?now", path: "/identity-verifications/what%3Fnow" },
    { id: "hash#tag", path: "/identity-verifications/hash%23tag" },
    { id: "본인인증-1", path: "/identity-verifications/%EB%B3%B8%EC%9D%B8%EC%9D%B8%EC%A6%9D-1" },
    { id: "a b%c", path: "/identity-verifications/a%20b%25c" },
  ])("escape the path value $id into its own segment", async ({ id, path }) => {
    const { fetch, requests } = recordingFetch(() => json(200, { status: "READY", id }));
    await get(createPortOneClient({ secret: SECRET, fetch }), id);
    expect(new URL(requests[0]?.url ?? "").pathname).toBe(path);
  });

  it.each([".", "..", ""])(
    "refuse the path value %j, which no escaping keeps from changing the path",
    async (id) => {
      const { fetch, requests } = recordingFetch(() => json(200, {}));
      const error = await failure(get(createPortOneClient({ secret: SECRET, fetch }), id));
      expect(error).toMatchObject({ kind: "request", operation: "getIdentityVerification" });
      expect(requests).toHaveLength(0);
    },
  );
});

describe("the bypass", () => {
  const input = (bypass: SendIdentityVerificationInput["bypass"]): SendIdentityVerificationInput => ({
    identityVerificationId: "iv1",
    channelKey: "ck",
    customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
    operator: "SKT",
    method: "SMS",
    bypass,
  });

  it.each([
    {
      name: "an SMS text without [000000]",
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "인증번호를 입력하세요" } },
      want: /cp_sms_msg must contain \[000000\]/,
    },
    {
      name: "a media_type KCP does not know",
      bypass: { kcpV2: { media_type: "MC03" } },
      want: /media_type must be "MC01" or "MC02"/,
    },
    {
      name: "a PG key this package has not typed",
      bypass: { kcp: { media_type: "MC01" } },
      want: /unknown PG key "kcp"/,
    },
    {
      name: "a fractional AGELIMIT",
      bypass: { danal: { AGELIMIT: 19.5 } },
      want: /AGELIMIT must be a whole number/,
    },
  ])("is refused before any request for $name (what plain JavaScript can pass)", async ({ bypass, want }) => {
    const { fetch, requests } = recordingFetch(() => json(200, {}));
    const client = createPortOneClient({ secret: SECRET, fetch });
    const { identityVerificationId, ...body } = input(bypass as never);
    const styles = {
      operation: client.identityVerification.sendIdentityVerification(input(bypass as never)),
      path: client.POST("/identity-verifications/{identityVerificationId}/send", {
        params: { path: { identityVerificationId } },
        body,
      }),
    };
    for (const call of Object.values(styles)) {
      const error = await failure(call);
      expect(error).toMatchObject({ kind: "request", operation: "sendIdentityVerification" });
      expect(error.message).toMatch(want);
    }
    expect(requests).toHaveLength(0);
  });

  it("goes out as given through untypedBypass(), in both styles", async () => {
    const { fetch, requests } = recordingFetch(() => json(200, {}));
    const client = createPortOneClient({ secret: SECRET, fetch });
    const { identityVerificationId, ...body } = input(
      untypedBypass({ inicisUnified: { flgFixedUser: "N" } }),
    );
    await client.identityVerification.sendIdentityVerification({ identityVerificationId, ...body });
    await client.POST("/identity-verifications/{identityVerificationId}/send", {
      params: { path: { identityVerificationId } },
      body,
    });
    for (const request of requests)
      expect(await request.json()).toMatchObject({ bypass: { inicisUnified: { flgFixedUser: "N" } } });
    expect(requests).toHaveLength(2);
  });

  // Its bypass is an open record, so untypedBypass() is never needed there; what JavaScript passes still goes out.
  it("of an operation whose bypass is untyped goes out as given, untypedBypass() unwrapped", async () => {
    const { fetch, requests } = recordingFetch(() =>
      json(200, { payment: { pgTxId: "t", paidAt: "2026-12-01T00:00:00Z" } }),
    );
    const client = WholeApiClient({ secret: SECRET, storeId: "store", fetch });
    const pay = { billingKey: "bk", orderName: "o", amount: { total: 1000 }, currency: "KRW" } as const;
    await client.payment.payWithBillingKey({ paymentId: "p1", ...pay, bypass: { tosspayments: { x: 1 } } });
    await client.payment.payWithBillingKey({
      paymentId: "p2",
      ...pay,
      bypass: untypedBypass({ nice: { y: 2 } }) as never,
    });
    expect(await requests[0]?.json()).toMatchObject({ bypass: { tosspayments: { x: 1 } } });
    expect(await requests[1]?.json()).toMatchObject({ bypass: { nice: { y: 2 } } });
  });
});

describe("the secret", () => {
  it("appears in no error, message, property, stack, JSON or inspection of the client", async () => {
    const outcomes = await Promise.all([
      failure(
        get(
          createPortOneClient({
            secret: SECRET,
            fetch: async () => json(401, { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." }),
          }),
        ),
      ),
      failure(
        get(
          createPortOneClient({
            secret: SECRET,
            fetch: async () => new Response("<html/>", { status: 502 }),
          }),
        ),
      ),
      failure(
        get(
          createPortOneClient({
            secret: SECRET,
            fetch: async () => Promise.reject(new TypeError("fetch failed")),
          }),
        ),
      ),
      failure(get(createPortOneClient({ secret: SECRET, fetch: async () => json(200, {}) }), "..")),
    ]);
    const client = createPortOneClient({ secret: SECRET, storeId: "store-1" });
    const seen = [
      ...outcomes.flatMap((error) => [
        error.message,
        String(error.stack),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
      ]),
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
    ];
    for (const text of seen) expect(text).not.toContain("TOPSECRET");
  });

  it("is required, and its absence is said without echoing options", () => {
    expect(() => createPortOneClient({ secret: "" })).toThrow(
      "createPortOneClient: `secret` (the V2 API secret) is required",
    );
  });
});
