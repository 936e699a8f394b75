import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeIamportServerOptions {
  readonly impKey?: string;
  readonly impSecret?: string;
  /** The code the fake "texts" to every customer. Default `123456`. */
  readonly otp?: string;
  /** Phone numbers the PG refuses at request, answered with HTTP 500. Default `01000000000`. */
  readonly rejectedPhones?: readonly string[];
  /** The server's clock in unix seconds; tests move it. Default the real time. */
  readonly now?: () => number;
  /** How long a new token lives, in seconds. Default 1800 (PortOne's 30 minutes). */
  readonly tokenLifetime?: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as parsed, from JSON or a form (form values stay strings). */
  readonly body: Record<string, unknown> | undefined;
}

export interface FakeIamportServer {
  /** `http://127.0.0.1:<port>`, for `baseUrl`. */
  readonly url: string;
  readonly impKey: string;
  readonly impSecret: string;
  readonly requests: readonly RecordedRequest[];
  /** How many times `/users/getToken` was called. */
  tokenRequests(): number;
  /** Makes PortOne forget the current token, as after a rotation: calls with it get 401. */
  revokeToken(): void;
  /** The next request, whatever it is, gets this raw answer (a proxy's HTML page, say). */
  respondOnce(status: number, body: string, contentType?: string): void;
  close(): Promise<void>;
}

interface Certification {
  readonly impUid: string;
  readonly name: string;
  readonly phone: string;
  readonly carrier: string;
  certifiedAt?: number;
}

class EnvelopeError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const fail = (status: number, message: string, code = -1): never => {
  throw new EnvelopeError(status, code, message);
};

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  if (String(request.headers["content-type"]).startsWith("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return fail(400, "요청 본문이 올바른 JSON이 아닙니다.");
  }
}

/**
 * An in-process stand-in for PortOne's V1 API (api.iamport.kr) on 127.0.0.1: the access token
 * with PortOne's lifetime rules on a clock the test controls, and identity verification by
 * OTP (request → confirm → get/delete), every answer in the `{ code, message, response }`
 * envelope, failures with error statuses and, like PortOne, sometimes with HTTP 200.
 */
export async function startFakeIamportServer(
  options: FakeIamportServerOptions = {},
): Promise<FakeIamportServer> {
  const impKey = options.impKey ?? "imp_key_test";
  const impSecret = options.impSecret ?? "imp_secret_test";
  const otp = options.otp ?? "123456";
  const rejected = new Set(options.rejectedPhones ?? ["01000000000"]);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const lifetime = options.tokenLifetime ?? 1800;
  const certifications = new Map<string, Certification>();
  const requests: RecordedRequest[] = [];
  let token: { value: string; expiredAt: number } | undefined;
  let issued = 0;
  let tokenCalls = 0;
  let nextRaw: { status: number; body: string; contentType: string } | undefined;

  const getToken = (body: Record<string, unknown> | undefined) => {
    tokenCalls++;
    if (body?.imp_key !== impKey || body?.imp_secret !== impSecret)
      fail(401, "imp_key, imp_secret 인증에 실패하였습니다.");
    const at = now();
    if (token && at < token.expiredAt) {
      // PortOne returns the same token; within its last minute, extended by 5 minutes.
      if (token.expiredAt - at <= 60) token.expiredAt += 300;
    } else {
      token = { value: `fake_token_${++issued}`, expiredAt: at + lifetime };
    }
    return { access_token: token.value, now: at, expired_at: token.expiredAt };
  };

  const annotation = (certification: Certification) => ({
    imp_uid: certification.impUid,
    pg_provider: "kcp_v2",
    name: certification.name,
    phone: certification.phone,
    carrier: certification.carrier,
    foreigner: false,
    certified: certification.certifiedAt !== undefined,
    ...(certification.certifiedAt === undefined ? {} : { certified_at: certification.certifiedAt }),
  });
  const find = (impUid: string) =>
    certifications.get(impUid) ?? fail(404, "본인인증결과를 찾을 수 없습니다.");

  const requestOTP = (body: Record<string, unknown> | undefined) => {
    for (const field of ["name", "phone", "birth", "gender_digit", "carrier", "channel_key"]) {
      if (typeof body?.[field] !== "string" || body[field] === "")
        fail(400, `${field}는 필수 입력 정보입니다.`);
    }
    if (!["SKT", "KT", "LGT"].includes(String(body?.carrier)))
      fail(400, "carrier는 SKT, KT, LGT 중 하나입니다.");
    if (rejected.has(String(body?.phone))) fail(500, "[KCP] 통신사 가입자 정보가 일치하지 않습니다.");
    const impUid = `imp_${String(certifications.size + 1).padStart(12, "0")}`;
    certifications.set(impUid, {
      impUid,
      name: String(body?.name),
      phone: String(body?.phone),
      carrier: String(body?.carrier),
    });
    return { imp_uid: impUid };
  };

  const confirmOTP = (impUid: string, body: Record<string, unknown> | undefined) => {
    const certification = find(impUid);
    if (certification.certifiedAt !== undefined) fail(400, "이미 인증처리가 완료된 건입니다.");
    // PortOne answers a wrong code with HTTP 200 and a non-zero code.
    if (body?.otp !== otp) fail(200, "인증번호가 일치하지 않습니다.");
    certification.certifiedAt = now();
    return annotation(certification);
  };

  const route = (
    method: string,
    segments: readonly string[],
    headers: IncomingMessage["headers"],
    body: Record<string, unknown> | undefined,
  ) => {
    const path = `/${segments.join("/")}`;
    if (method === "POST" && path === "/users/getToken") return getToken(body);
    if (!token || headers.authorization !== `Bearer ${token.value}` || now() >= token.expiredAt)
      fail(401, "Unauthorized");
    const [root, second, third, fourth] = segments;
    if (root !== "certifications") return fail(404, `${path}는 이 가짜 서버가 모르는 경로입니다.`);
    if (method === "POST" && second === "otp" && third === "request" && fourth === undefined)
      return requestOTP(body);
    if (method === "POST" && second === "otp" && third === "confirm" && fourth !== undefined)
      return confirmOTP(fourth, body);
    if (method === "GET" && second !== undefined && third === undefined) return annotation(find(second));
    if (method === "DELETE" && second !== undefined && third === undefined) {
      const deleted = annotation(find(second));
      certifications.delete(second);
      return deleted;
    }
    return fail(404, `${method} ${path}는 이 가짜 서버가 모르는 요청입니다.`);
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const answer = (status: number, payload: unknown) =>
      response
        .writeHead(status, { "Content-Type": "application/json; charset=utf-8" })
        .end(JSON.stringify(payload));
    readBody(request)
      .then((body) => {
        requests.push({ method: request.method ?? "", path: url.pathname, headers: request.headers, body });
        if (nextRaw) {
          const raw = nextRaw;
          nextRaw = undefined;
          response.writeHead(raw.status, { "Content-Type": raw.contentType }).end(raw.body);
          return;
        }
        const segments = url.pathname.split("/").slice(1).map(decodeURIComponent);
        answer(200, {
          code: 0,
          message: null,
          response: route(request.method ?? "", segments, request.headers, body),
        });
      })
      .catch((error: unknown) => {
        if (error instanceof EnvelopeError)
          answer(error.status, { code: error.code, message: error.reason, response: null });
        else answer(500, { code: -1, message: String(error), response: null });
      });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    impKey,
    impSecret,
    requests,
    tokenRequests: () => tokenCalls,
    revokeToken: () => void (token = undefined),
    respondOnce: (status, body, contentType = "text/html") => void (nextRaw = { status, body, contentType }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
