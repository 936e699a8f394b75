import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

/** What every fake takes. */
export interface FakeServerOptions {
  /** The secret requests must carry as `Authorization: PortOne <secret>`. Default `test-secret`. */
  readonly secret?: string;
  /** The store this secret may act for; a request naming another gets FORBIDDEN. Default `store-test`. */
  readonly storeId?: string;
  /** The clock. Default `() => new Date()`. */
  readonly now?: () => Date;
}

/** What every fake is. */
export interface FakeServer {
  /** `http://127.0.0.1:<port>`, for `baseUrl`. */
  readonly url: string;
  readonly secret: string;
  readonly storeId: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.type));
  }
}

export const fail = (
  status: number,
  type: string,
  message: string,
  extra: Record<string, unknown> = {},
): never => {
  throw new ApiError(status, { type, message, ...extra });
};

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return fail(400, "INVALID_REQUEST", "요청 본문이 올바른 JSON이 아닙니다.");
  }
}

export interface FakeHttpServer {
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

export type FakeRoute = (request: IncomingMessage, url: URL, body: unknown) => unknown;

/**
 * What every fake of PortOne's API shares: 127.0.0.1 only, JSON in and out, PortOne's
 * `Authorization: PortOne <secret>` checked, an `ApiError` thrown by a route answered as
 * PortOne's error body, every request recorded.
 */
export async function startFakeHttpServer(secret: string, route: FakeRoute): Promise<FakeHttpServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const answer = (status: number, payload: unknown) => {
      response
        .writeHead(status, { "Content-Type": "application/json; charset=utf-8" })
        .end(JSON.stringify(payload));
    };
    readJson(request)
      .then(async (body) => {
        requests.push({
          method: request.method ?? "",
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: request.headers,
          body,
        });
        if (request.headers.authorization !== `PortOne ${secret}`)
          fail(401, "UNAUTHORIZED", "인증 정보가 올바르지 않습니다.");
        answer(200, await route(request, url, body));
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError) answer(error.status, error.body);
        else answer(500, { type: "INTERNAL", message: String(error) });
      });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
