import {
  everywhereShown,
  rejectionOf,
  useHostileServers,
} from "@portone-typed/internal/testing/hostile-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPortOneClient, PortOneError } from "../src/index.js";

const SECRET = "sk_live_HOSTILE_s3cr3t+/=&value";

const servers = useHostileServers({ beforeAll, afterEach, afterAll });

const client = (timeoutMs = 2_000) =>
  createPortOneClient({ secret: SECRET, baseUrl: servers.portone.origin, timeoutMs });

const getIv = (signal?: AbortSignal) =>
  client(300).identityVerification.getIdentityVerification({ identityVerificationId: "iv_1" }, { signal });

const send = () =>
  client().identityVerification.sendIdentityVerification({
    identityVerificationId: "iv_1",
    channelKey: "channel-key",
    customer: { name: "홍길동", phoneNumber: "01012345678", ipAddress: "203.0.113.7" },
    operator: "SKT",
    method: "SMS",
  });

const caught = (call: Promise<unknown>) => rejectionOf(call, PortOneError);

describe("an error response that goes wrong mid-body", () => {
  it("stalls past the timeout: a timeout error, and nothing left to crash the process", async () => {
    servers.portone.handle((_request, response) => {
      response.writeHead(500, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write('{"type":"INTERNAL');
    });
    expect(await caught(getIv())).toMatchObject({ kind: "timeout" });
  });

  it("is reset by the server: a network error", async () => {
    servers.portone.handle((_request, response, socket) => {
      response.writeHead(502, { "Content-Type": "text/html", "Content-Length": "1000" });
      response.write("<html>", () => setTimeout(() => socket.destroy(), 20));
    });
    expect(await caught(getIv())).toMatchObject({ kind: "network" });
  });

  it("is aborted by the caller: an aborted error", async () => {
    const controller = new AbortController();
    servers.portone.handle((_request, response) => {
      response.writeHead(503, { "Content-Type": "application/json", "Content-Length": "1000" });
      response.write("{", () => setTimeout(() => controller.abort(), 20));
    });
    expect(await caught(getIv(controller.signal))).toMatchObject({ kind: "aborted" });
  });
});

describe("a redirect", () => {
  it.each([307, 308, 302])(
    "%i is a response error, and the other origin receives nothing",
    async (status) => {
      servers.portone.handle((request, response) => {
        response.writeHead(status, { Location: `${servers.elsewhere.origin}${request.url}` }).end();
      });
      servers.elsewhere.handle((_request, response) => {
        response.writeHead(200, { "Content-Type": "application/json" }).end('{"identityVerificationId":"x"}');
      });
      const error = await caught(send());
      expect(error).toMatchObject({ kind: "response", status, operation: "sendIdentityVerification" });
      expect(servers.portone.requests).toHaveLength(1);
      expect(servers.elsewhere.requests).toEqual([]);
    },
  );
});

describe("a server that echoes the secret", () => {
  it.each([
    {
      name: "a 401 body quoting the header",
      answer: (authorization: string) => ({
        status: 401,
        type: "application/json",
        body: JSON.stringify({ type: "UNAUTHORIZED", message: `invalid credentials: ${authorization}` }),
      }),
      kind: "api",
    },
    {
      name: "a proxy's HTML page",
      answer: (authorization: string) => ({
        status: 502,
        type: "text/html",
        body: `<html><pre>Authorization: ${authorization}</pre><pre>${encodeURIComponent(SECRET)}</pre></html>`,
      }),
      kind: "response",
    },
    {
      name: "a success body that is the secret, not JSON",
      answer: () => ({ status: 200, type: "application/json", body: SECRET }),
      kind: "response",
    },
  ])("$name: the secret is in no message, body, stack, inspect or JSON", async ({ answer, kind }) => {
    servers.portone.handle((request, response) => {
      const { status, type, body } = answer(String(request.headers.authorization));
      response.writeHead(status, { "Content-Type": type }).end(body);
    });
    const error = await caught(getIv());
    expect(error.kind).toBe(kind);
    expect(servers.portone.requests[0]?.headers.authorization).toBe(`PortOne ${SECRET}`);
    const shown = everywhereShown(error);
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(encodeURIComponent(SECRET));
    // Not even the start of it, which a JSON parse error would quote.
    expect(shown).not.toContain(SECRET.slice(0, 5));
  });

  it("the path style's { error } is scrubbed too", async () => {
    servers.portone.handle((request, response) => {
      response
        .writeHead(401, { "Content-Type": "application/json" })
        .end(JSON.stringify({ type: "UNAUTHORIZED", message: String(request.headers.authorization) }));
    });
    const result = await client().GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: "iv_1" } },
    });
    expect(JSON.stringify(result.error)).not.toContain(SECRET);
    expect(result.error).toEqual({ type: "UNAUTHORIZED", message: "PortOne [redacted]" });
  });

  it.each(["sk\r\nX-Injected: 1", "sk\nline", "sk\u0000nul"])(
    "a secret with a line break or control character is refused when the client is created, without quoting it",
    (secret) => {
      let error: unknown;
      try {
        createPortOneClient({ secret, baseUrl: servers.portone.origin });
      } catch (caughtError) {
        error = caughtError;
      }
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        "createPortOneClient: `secret` holds a line break or control character, so it cannot be sent in a header",
      );
    },
  );
});

describe("a 200 with an empty body", () => {
  it.each([
    { name: "Content-Length: 0", headers: { "Content-Type": "application/json", "Content-Length": "0" } },
    { name: "chunked, nothing in it", headers: { "Content-Type": "application/json" } },
  ])("($name) is a response error where the operation documents JSON", async ({ headers }) => {
    servers.portone.handle((_request, response) => void response.writeHead(200, headers).end());
    expect(await caught(getIv())).toMatchObject({
      kind: "response",
      status: 200,
      operation: "getIdentityVerification",
    });
  });
});
