import { describe, expect, it } from "vitest";
import {
  ClientError,
  createCallPipeline,
  operationsByRoute,
  type CallPipelineOptions,
} from "../src/index.js";

class TestError extends ClientError {
  override readonly name = "TestError";
}

const SECRET = "sk_live_pipeline_secret_0123456789";

const options = (
  overrides: Partial<CallPipelineOptions<TestError>> = {},
): CallPipelineOptions<TestError> => ({
  factory: "createTestClient",
  credentials: { secret: SECRET },
  credentialsAre: "the test secret",
  baseUrl: "http://127.0.0.1:1",
  headers: { Authorization: `Test ${SECRET}` },
  fetch: async () => new Response("{}", { headers: { "Content-Type": "application/json" } }),
  timeoutMs: 1000,
  error: (failure) => new TestError(failure),
  ...overrides,
});

describe("createCallPipeline", () => {
  it.each([
    [{ secret: "" }, "createTestClient: `secret` (the test secret) is required"],
    [{ key: "k", secret: undefined }, "createTestClient: `key` and `secret` (the test secret) are required"],
    [{ secret: "a\nb" }, /createTestClient: `secret`.*line break/],
  ])("refuses the credentials %j", (credentials, want) => {
    expect(() => createCallPipeline(options({ credentials }))).toThrow(want);
  });

  it("sends through openapi-fetch with the headers, and answers what it parsed", async () => {
    const seen: Request[] = [];
    const pipeline = createCallPipeline(
      options({
        fetch: async (request) => {
          seen.push(request);
          return Response.json({ ok: true });
        },
      }),
    );
    const result = await pipeline.send("GET", "/items/{id}", "getItem", { params: { path: { id: "a/b" } } });
    expect(result.data).toEqual({ ok: true });
    expect(seen[0]?.url).toBe("http://127.0.0.1:1/items/a%2Fb");
    expect(seen[0]?.headers.get("Authorization")).toBe(`Test ${SECRET}`);
    expect(seen[0]?.redirect).toBe("manual");
  });

  it("makes a rejection the client's error, classified and without the secret it echoed", async () => {
    const pipeline = createCallPipeline(
      options({
        fetch: async () => {
          throw new Error(`connect failed for ${SECRET}`);
        },
      }),
    );
    const error = await pipeline.send("GET", "/x", "getX", undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TestError);
    expect(error).toMatchObject({ kind: "network", operation: "getX" });
    expect(String((error as Error).message)).not.toContain(SECRET);
    expect(String(((error as Error).cause as Error).message)).toContain("[redacted]");
  });

  it("times out a call that never answers", async () => {
    const pipeline = createCallPipeline(options({ timeoutMs: 20, fetch: () => new Promise(() => {}) }));
    await expect(pipeline.send("GET", "/x", "getX", undefined)).rejects.toMatchObject({
      kind: "timeout",
      message: "getX: no answer within 20 ms",
    });
  });
});

describe("operationsByRoute", () => {
  it("keys each row by METHOD path, with its operationId", () => {
    const routes = operationsByRoute({ getItem: { method: "get", path: "/items/{id}" } });
    expect(routes.get("GET /items/{id}")).toEqual({
      operationId: "getItem",
      method: "get",
      path: "/items/{id}",
    });
  });
});
