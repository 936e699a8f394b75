/**
 * Local servers that misbehave on purpose, for the clients' hostile-server suites: real
 * sockets on loopback addresses only (127.0.0.1 as "PortOne", 127.0.0.2 as another origin),
 * every request recorded, every connection ended when the test closes them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { inspect } from "node:util";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export type HostileHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  socket: Socket,
) => void | Promise<void>;

export interface HostileServer {
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** What the server does with the next requests; replaces the previous handler. */
  handle(handler: HostileHandler): void;
  close(): Promise<void>;
}

export async function startHostileServer(host: "127.0.0.1" | "127.0.0.2"): Promise<HostileServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let handler: HostileHandler = (_request, response) => void response.writeHead(404).end();
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      Promise.resolve(handler(request, response, incoming.socket)).catch(() => incoming.socket.destroy());
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Collects every unhandled rejection while a suite runs: a client must never leave one
 * behind, because on Node's default settings it ends the merchant's process.
 */
export function watchUnhandledRejections(): { take(): Promise<unknown[]>; stop(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on("unhandledRejection", listener);
  return {
    async take() {
      // Rejections are reported after the microtask queue drains; give stray ones time to surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return seen.splice(0);
    },
    stop: () => void process.off("unhandledRejection", listener),
  };
}

/** The test runner's hooks (passed in, so this module needs no runner of its own). */
export interface SuiteHooks {
  beforeAll(fn: () => Promise<void>): void;
  afterEach(fn: () => Promise<void>): void;
  afterAll(fn: () => Promise<void>): void;
}

/**
 * "PortOne" on 127.0.0.1 and another origin on 127.0.0.2 for a suite, their records cleared
 * after each test, and each test failed if it left an unhandled rejection behind.
 */
export function useHostileServers(hooks: SuiteHooks): {
  readonly portone: HostileServer;
  readonly elsewhere: HostileServer;
} {
  let servers: [HostileServer, HostileServer] | undefined;
  const rejections = watchUnhandledRejections();
  const started = () => {
    if (!servers) throw new Error("useHostileServers: the servers start in beforeAll");
    return servers;
  };
  hooks.beforeAll(async () => {
    servers = await Promise.all([startHostileServer("127.0.0.1"), startHostileServer("127.0.0.2")]);
  });
  hooks.afterEach(async () => {
    const left = await rejections.take();
    for (const server of started()) server.requests.length = 0;
    if (left.length > 0) throw new Error(`unhandled rejections: ${left.map(String).join("; ")}`);
  });
  hooks.afterAll(async () => {
    rejections.stop();
    await Promise.all(started().map((server) => server.close()));
  });
  return {
    get portone() {
      return started()[0];
    },
    get elsewhere() {
      return started()[1];
    },
  };
}

/** The error `call` rejects with, which must be an `errorClass`. */
export async function rejectionOf<E extends Error>(
  call: Promise<unknown>,
  errorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof errorClass)) throw new Error(`expected a ${errorClass.name}, got ${inspect(error)}`);
  return error;
}

/** Every way an error shows itself (its fields, stack, `util.inspect`, JSON): no secret may be in any. */
export function everywhereShown(error: Error & { readonly body?: string | undefined }): string {
  return [error.message, error.body, error.stack, inspect(error, { depth: 10 }), JSON.stringify(error)].join(
    "\n",
  );
}
