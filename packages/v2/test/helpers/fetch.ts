import { inspect } from "node:util";
import { PortOneError } from "../../src/index.js";

/** A fetch that records each request and answers with `respond`. */
export function recordingFetch(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return respond(request);
  };
  return { fetch, requests };
}

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** The PortOneError a call rejects with. */
export async function failure(call: Promise<unknown>): Promise<PortOneError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof PortOneError)) throw new Error(`expected a PortOneError, got ${inspect(error)}`);
  return error;
}
