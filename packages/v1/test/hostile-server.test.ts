import {
  everywhereShown,
  rejectionOf,
  useHostileServers,
  type RecordedRequest,
} from "@portone-typed/internal/testing/hostile-server";
import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createIamportClient, IamportError } from "../src/index.js";

const IMP_KEY = "imp_key_HOSTILE_1234";
const IMP_SECRET = "imp_secret_HOSTILE+/=&5678";
const TOKEN = "token_HOSTILE_abcdef0123456789";

const servers = useHostileServers({ beforeAll, afterEach, afterAll });

const now = () => Math.floor(Date.now() / 1000);
const json = (response: ServerResponse, status: number, body: unknown) =>
  void response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));

/** PortOne's token endpoint as it should be; every other path answered by `rest`. */
function withToken(
  rest: (request: RecordedRequest, response: ServerResponse, socket: import("node:net").Socket) => void,
) {
  servers.portone.handle((request, response, socket) => {
    if (request.url === "/users/getToken")
      return json(response, 200, {
        code: 0,
        message: null,
        response: { access_token: TOKEN, now: now(), expired_at: now() + 1800 },
      });
    rest(request, response, socket);
  });
}

const client = (options: { timeoutMs?: number; bodyFormat?: "json" | "form" } = {}) =>
  createIamportClient({
    impKey: IMP_KEY,
    impSecret: IMP_SECRET,
    baseUrl: servers.portone.origin,
    timeoutMs: 2_000,
    ...options,
  });

const caught = (call: Promise<unknown>) => rejectionOf(call, IamportError);

const getCertification = (options?: Parameters<typeof client>[0], signal?: AbortSignal) =>
  client(options).certification.getCertification({ imp_uid: "imp_1" }, { signal });

describe("an error response that goes wrong mid-body", () => {
  it("stalls past the timeout: a timeout error, and nothing left to crash the process", async () => {
    withToken((_request, response) => {
      response.writeHead(500, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write('{"code":-1');
    });
    expect(await caught(getCertification({ timeoutMs: 300 }))).toMatchObject({ kind: "timeout" });
  });

  it("is reset by the server: a network error", async () => {
    withToken((_request, response, socket) => {
      response.writeHead(502, { "Content-Type": "text/html", "Content-Length": "1000" });
      response.write("<html>", () => setTimeout(() => socket.destroy(), 20));
    });
    expect(await caught(getCertification())).toMatchObject({ kind: "network" });
  });

  it("is aborted by the caller: an aborted error", async () => {
    const controller = new AbortController();
    withToken((_request, response) => {
      response.writeHead(404, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write("{", () => setTimeout(() => controller.abort(), 20));
    });
    expect(await caught(getCertification({}, controller.signal))).toMatchObject({ kind: "aborted" });
  });
});

describe("a redirect from the token endpoint", () => {
  it.each([
    [307, "json"],
    [308, "json"],
    [307, "form"],
    [308, "form"],
  ] as const)(
    "%i (%s body): a response error, and imp_key/imp_secret go nowhere else",
    async (status, bodyFormat) => {
      servers.portone.handle((request, response) => {
        response.writeHead(status, { Location: `${servers.elsewhere.origin}${request.url}` }).end();
      });
      servers.elsewhere.handle((_request, response) =>
        json(response, 200, {
          code: 0,
          response: { access_token: "stolen", now: now(), expired_at: now() + 1800 },
        }),
      );
      const error = await caught(getCertification({ bodyFormat }));
      expect(error).toMatchObject({ kind: "response", status, operation: "getToken" });
      expect(servers.portone.requests.map((request) => request.url)).toEqual(["/users/getToken"]);
      expect(servers.portone.requests[0]?.body).toMatch(/imp_secret/);
      expect(servers.elsewhere.requests).toEqual([]);
    },
  );

  it("a redirect of an API call: the token goes nowhere else", async () => {
    withToken(
      (request, response) =>
        void response.writeHead(307, { Location: `${servers.elsewhere.origin}${request.url}` }).end(),
    );
    expect(await caught(getCertification())).toMatchObject({ kind: "response", status: 307 });
    expect(servers.elsewhere.requests).toEqual([]);
  });
});

describe("a server that echoes the credentials", () => {
  it.each(["json", "form"] as const)(
    "the token endpoint echoing its %s request: no key or secret in message, body, stack, inspect or JSON",
    async (bodyFormat) => {
      servers.portone.handle((request, response) =>
        json(response, 401, { code: -1, message: `잘못된 요청: ${request.body}`, response: null }),
      );
      const error = await caught(getCertification({ bodyFormat }));
      expect(error).toMatchObject({ kind: "api", operation: "getToken", code: -1 });
      const shown = everywhereShown(error);
      for (const secret of [IMP_KEY, IMP_SECRET, encodeURIComponent(IMP_SECRET)])
        expect(shown).not.toContain(secret);
      expect(shown).toContain("[redacted]");
    },
  );

  it("an API error quoting the access token: scrubbed from the error and from path-style results", async () => {
    withToken(
      (request, response) =>
        void response
          .writeHead(502, { "Content-Type": "text/html" })
          .end(`<html>${String(request.headers.authorization)}</html>`),
    );
    const error = await caught(getCertification());
    expect(everywhereShown(error)).not.toContain(TOKEN);

    withToken((request, response) =>
      json(response, 200, {
        code: -1,
        message: `token ${String(request.headers.authorization)}`,
        response: null,
      }),
    );
    const result = await client().GET("/certifications/{imp_uid}", {
      params: { path: { imp_uid: "imp_1" } },
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it.each([
    ["impKey", { impKey: "key\r\nX-Injected: 1", impSecret: IMP_SECRET }],
    ["impSecret", { impKey: IMP_KEY, impSecret: "secret\nline" }],
  ] as const)(
    "a %s with a line break is refused when the client is created, without quoting it",
    (name, keys) => {
      expect(() => createIamportClient({ ...keys, baseUrl: servers.portone.origin })).toThrow(
        new TypeError(
          `createIamportClient: \`${name}\` holds a line break or control character, so it cannot be sent in a header`,
        ),
      );
    },
  );

  it("an access token with a line break is refused when received, without quoting it", async () => {
    servers.portone.handle((_request, response) =>
      json(response, 200, {
        code: 0,
        response: { access_token: `${TOKEN}\r\nX-Injected: 1`, now: now(), expired_at: now() + 1800 },
      }),
    );
    const error = await caught(getCertification());
    expect(error).toMatchObject({ kind: "response", operation: "getToken" });
    expect(everywhereShown(error)).not.toContain(TOKEN);
  });
});

describe("a token endpoint with a bad answer", () => {
  it("{ code: 0, response: null }: every waiter gets a typed response error, and the next call asks again", async () => {
    servers.portone.handle((_request, response) =>
      json(response, 200, { code: 0, message: null, response: null }),
    );
    const iamport = client();
    const errors = await Promise.all(
      [1, 2, 3].map(() => caught(iamport.certification.getCertification({ imp_uid: "imp_1" }))),
    );
    for (const error of errors)
      expect(error).toMatchObject({ kind: "response", operation: "getToken", status: 200 });
    expect(servers.portone.requests).toHaveLength(1);
    await caught(iamport.certification.getCertification({ imp_uid: "imp_1" }));
    expect(servers.portone.requests).toHaveLength(2);
  });

  it.each([
    ["without expired_at or now", () => ({ access_token: TOKEN })],
    ["already expired", () => ({ access_token: TOKEN, now: now(), expired_at: now() - 10 })],
  ])(
    "a token %s is used for the call and never cached (10 calls, 10 token requests)",
    async (_name, token) => {
      servers.portone.handle((request, response) => {
        if (request.url === "/users/getToken")
          return json(response, 200, { code: 0, message: null, response: token() });
        json(response, 200, { code: 0, message: null, response: { imp_uid: "imp_1", certified: true } });
      });
      const iamport = client();
      for (let call = 0; call < 10; call++)
        await iamport.certification.getCertification({ imp_uid: "imp_1" });
      const tokenRequests = servers.portone.requests.filter((request) => request.url === "/users/getToken");
      expect(tokenRequests).toHaveLength(10);
      expect(
        servers.portone.requests.filter((request) => request.headers.authorization === `Bearer ${TOKEN}`),
      ).toHaveLength(10);
    },
  );
});
