import type { IncomingMessage } from "node:http";
import type {
  IdentityVerification,
  SendIdentityVerificationBody,
} from "../generated/identity-verification.js";
import {
  fail,
  startFakeHttpServer,
  type FakeServer,
  type FakeServerOptions,
  type RecordedRequest,
} from "./fake-http-server.js";

export type { RecordedRequest };

export interface FakeIdentityVerificationServerOptions extends FakeServerOptions {
  /** The code the fake "texts" to every customer. Default `123456`. */
  readonly otp?: string;
  /** Phone numbers the PG refuses at send, answered with PG_PROVIDER (502). Default `01000000000`. */
  readonly rejectedPhoneNumbers?: readonly string[];
}

export interface FakeIdentityVerificationServer extends FakeServer {
  /** The stored identity verification, as `GET` would return it. */
  get(identityVerificationId: string): IdentityVerification | undefined;
  /**
   * Stores an identity verification as is, e.g. one with a status this client does not know.
   * `sent: false` makes it one the browser SDK created, not yet sent by API.
   */
  seed(
    identityVerification: Record<string, unknown> & { id: string },
    options?: { readonly sent?: boolean },
  ): void;
}

interface Stored {
  record: Record<string, unknown>;
  sent: boolean;
  phoneNumber?: string;
}

/**
 * An in-process stand-in for PortOne's V2 identity verification API on 127.0.0.1: the
 * READY → send → confirm → VERIFIED flow with PortOne's error responses (ALREADY_SENT,
 * NOT_SENT, ALREADY_VERIFIED, NOT_FOUND, PG_PROVIDER, UNAUTHORIZED, FORBIDDEN,
 * INVALID_REQUEST), for tests that must not touch the network or a real secret.
 */
export async function startFakeIdentityVerificationServer(
  options: FakeIdentityVerificationServerOptions = {},
): Promise<FakeIdentityVerificationServer> {
  const secret = options.secret ?? "test-secret";
  const storeId = options.storeId ?? "store-test";
  const otp = options.otp ?? "123456";
  const rejected = new Set(options.rejectedPhoneNumbers ?? ["01000000000"]);
  const now = options.now ?? (() => new Date());
  const store = new Map<string, Stored>();

  const checkStore = (given: unknown) => {
    if (given !== undefined && given !== storeId)
      fail(403, "FORBIDDEN", `상점 ${String(given)}에 대한 권한이 없습니다.`);
  };
  const find = (id: string): Stored =>
    store.get(id) ?? fail(404, "IDENTITY_VERIFICATION_NOT_FOUND", "요청된 본인인증 건이 존재하지 않습니다.");

  const send = (id: string, body: Partial<SendIdentityVerificationBody> | undefined) => {
    checkStore(body?.storeId);
    const customer = body?.customer;
    if (
      !body?.channelKey ||
      !customer?.name ||
      !customer.phoneNumber ||
      !customer.ipAddress ||
      !body.operator ||
      !body.method
    ) {
      fail(
        400,
        "INVALID_REQUEST",
        "channelKey, customer(name, phoneNumber, ipAddress), operator, method는 필수입니다.",
      );
    }
    const existing = store.get(id);
    if (existing?.record.status === "VERIFIED")
      fail(409, "IDENTITY_VERIFICATION_ALREADY_VERIFIED", "이미 인증 완료된 본인인증 건입니다.");
    if (existing?.sent)
      fail(409, "IDENTITY_VERIFICATION_ALREADY_SENT", "이미 API로 요청된 본인인증 건입니다.");
    if (rejected.has(customer?.phoneNumber ?? "")) {
      fail(502, "PG_PROVIDER", "PG사에서 오류를 전달했습니다.", {
        pgCode: "PG-4011",
        pgMessage: "통신사 가입자 정보 불일치",
      });
    }
    const at = now().toISOString();
    store.set(id, {
      sent: true,
      phoneNumber: customer?.phoneNumber,
      record: {
        status: "READY",
        id,
        requestedCustomer: { name: customer?.name, phoneNumber: customer?.phoneNumber },
        ...(body?.customData === undefined ? {} : { customData: body.customData }),
        requestedAt: at,
        updatedAt: at,
        statusChangedAt: at,
        version: "V2",
      },
    });
    return {};
  };

  const confirm = (id: string, body: { otp?: string; storeId?: string } | undefined) => {
    checkStore(body?.storeId);
    const stored = find(id);
    if (stored.record.status === "VERIFIED")
      fail(409, "IDENTITY_VERIFICATION_ALREADY_VERIFIED", "이미 인증 완료된 본인인증 건입니다.");
    if (!stored.sent) fail(404, "IDENTITY_VERIFICATION_NOT_SENT", "API로 요청된 본인인증 건이 아닙니다.");
    if (body?.otp !== otp)
      fail(502, "PG_PROVIDER", "PG사에서 오류를 전달했습니다.", {
        pgCode: "PG-4012",
        pgMessage: "인증번호 불일치",
      });
    const at = now().toISOString();
    const requested = stored.record.requestedCustomer as Record<string, unknown>;
    stored.record = {
      ...stored.record,
      status: "VERIFIED",
      verifiedCustomer: {
        name: requested.name,
        phoneNumber: requested.phoneNumber,
        operator: "SKT",
        isForeigner: false,
        ci: "ci-fake",
        di: "di-fake",
      },
      updatedAt: at,
      statusChangedAt: at,
      verifiedAt: at,
      pgTxId: `pg-${id}`,
      pgRawResponse: "{}",
    };
    delete stored.record.requestedCustomer;
    return { identityVerification: stored.record };
  };

  const resend = (id: string, query: Record<string, string>) => {
    checkStore(query.storeId);
    const stored = find(id);
    if (stored.record.status === "VERIFIED")
      fail(409, "IDENTITY_VERIFICATION_ALREADY_VERIFIED", "이미 인증 완료된 본인인증 건입니다.");
    if (!stored.sent) fail(404, "IDENTITY_VERIFICATION_NOT_SENT", "API로 요청된 본인인증 건이 아닙니다.");
    return {};
  };

  const list = (query: Record<string, string>) => {
    let input: {
      page?: { number?: number; size?: number };
      filter?: { statuses?: string[]; storeId?: string };
    } = {};
    try {
      input = query.requestBody === undefined ? {} : (JSON.parse(query.requestBody) as typeof input);
    } catch {
      fail(400, "INVALID_REQUEST", "requestBody는 JSON이어야 합니다.");
    }
    checkStore((input as { storeId?: string }).storeId ?? input.filter?.storeId);
    const statuses = input.filter?.statuses;
    const all = [...store.values()]
      .map((stored) => stored.record)
      .filter((record) => !statuses || statuses.includes(String(record.status)));
    const number = input.page?.number ?? 0;
    const size = input.page?.size ?? 10;
    return {
      items: all.slice(number * size, number * size + size),
      page: { number, size, totalCount: all.length },
    };
  };

  const route = (request: IncomingMessage, url: URL, body: unknown): unknown => {
    const query = Object.fromEntries(url.searchParams);
    const segments = url.pathname.split("/").slice(1).map(decodeURIComponent);
    if (segments[0] !== "identity-verifications")
      fail(404, "NOT_FOUND", `${url.pathname}는 이 가짜 서버가 모르는 경로입니다.`);
    const [, id, action] = segments;
    if (request.method === "GET" && id === undefined) return list(query);
    if (request.method === "GET" && id !== undefined && action === undefined) {
      checkStore(query.storeId);
      return find(id).record;
    }
    if (request.method === "POST" && id !== undefined && action === "send")
      return send(id, body as Partial<SendIdentityVerificationBody>);
    if (request.method === "POST" && id !== undefined && action === "confirm")
      return confirm(id, body as { otp?: string });
    if (request.method === "POST" && id !== undefined && action === "resend") return resend(id, query);
    return fail(404, "NOT_FOUND", `${request.method} ${url.pathname}는 이 가짜 서버가 모르는 요청입니다.`);
  };

  const http = await startFakeHttpServer(secret, route);

  return {
    url: http.url,
    secret,
    storeId,
    requests: http.requests,
    get: (id) => store.get(id)?.record as IdentityVerification | undefined,
    seed: (record, seedOptions) =>
      void store.set(record.id, { record: { ...record }, sent: seedOptions?.sent ?? true }),
    close: () => http.close(),
  };
}
