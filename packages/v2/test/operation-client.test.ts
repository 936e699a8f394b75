import { describe, expect, it } from "vitest";
import { splitInput } from "../src/core/operation-client.js";
import type { OperationRow } from "../src/core/operations.js";
import { isPortOneError, operationTable, PortOneClient } from "../src/index.js";
import { failure, json, recordingFetch } from "./helpers/fetch.js";

const row = (overrides: Partial<OperationRow>): OperationRow => ({
  method: "post",
  path: "/things/{thingId}",
  queryOrBody: null,
  storeId: null,
  response: "application/json",
  group: "thing",
  input: { thingId: "path", test: "query" },
  body: "json",
  ...overrides,
});

describe("splitInput: the flat input to path, query and body", () => {
  it.each([
    {
      name: "fields to their places, the rest to the body",
      row: row({}),
      input: { thingId: "t1", test: true, reason: "r", amount: 1 },
      want: { params: { path: { thingId: "t1" }, query: { test: true } }, body: { reason: "r", amount: 1 } },
    },
    {
      name: "an empty body where the operation takes one and the call gives no field",
      row: row({}),
      input: { thingId: "t1" },
      want: { params: { path: { thingId: "t1" }, query: {} }, body: {} },
    },
    {
      name: "no body where the operation takes none; unknown fields dropped",
      row: row({ method: "get", body: null }),
      input: { thingId: "t1", stray: 1 },
      want: { params: { path: { thingId: "t1" }, query: {} } },
    },
    {
      name: "a renamed field sent under its wire name",
      row: row({ input: { thingId: "path", bodyThingId: ["body", "thingId"] } }),
      input: { thingId: "t1", bodyThingId: "t2" },
      want: { params: { path: { thingId: "t1" }, query: {} }, body: { thingId: "t2" } },
    },
    {
      name: "a required JSON query body sent even when empty",
      row: row({ method: "get", body: "query", queryOrBody: { parameter: "requestBody", required: true } }),
      input: { thingId: "t1" },
      want: { params: { path: { thingId: "t1" }, query: {} }, body: {} },
    },
    {
      name: "an optional JSON query body left out when empty",
      row: row({ method: "get", body: "query", queryOrBody: { parameter: "requestBody", required: false } }),
      input: { thingId: "t1" },
      want: { params: { path: { thingId: "t1" }, query: {} } },
    },
    {
      name: "a field named __proto__ is a field, not a prototype",
      row: row({}),
      input: JSON.parse('{"thingId":"t1","__proto__":{"polluted":true}}'),
      want: {
        params: { path: { thingId: "t1" }, query: {} },
        body: JSON.parse('{"__proto__":{"polluted":true}}'),
      },
    },
  ])("$name", ({ row, input, want }) => {
    const split = splitInput(row, input);
    expect(JSON.parse(JSON.stringify(split))).toEqual(JSON.parse(JSON.stringify(want)));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("the operation style over the path client", () => {
  const SECRET = "sk_test_operation_style_0001";

  it("has every operation of the table at its group, named as PortOne's SDK names it", () => {
    const portone = PortOneClient({ secret: SECRET });
    for (const [operationId, { group }] of Object.entries(operationTable)) {
      const node = group.split(".").reduce((at: any, segment) => at?.[segment], portone);
      expect(typeof node?.[operationId], `${group}.${operationId}`).toBe("function");
    }
    expect(typeof portone.payment.billingKey.issueBillingKey).toBe("function");
    expect(typeof portone.platform.getPlatformSetting).toBe("function");
  });

  it("sends a flat input where the spec puts each field, and returns the payload", async () => {
    const { fetch, requests } = recordingFetch(() => json(200, { payment: { status: "CANCELLED" } }));
    const portone = PortOneClient({ secret: SECRET, storeId: "store-1", fetch });
    const result = await portone.payment.cancelPayment({
      paymentId: "pay/1",
      reason: "고객 요청",
      amount: 500,
    });
    expect(result).toEqual({ payment: { status: "CANCELLED" } });
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://api.portone.io/payments/pay%2F1/cancel");
    expect(await request?.json()).toEqual({ reason: "고객 요청", amount: 500, storeId: "store-1" });
  });

  it("fills storeId in the query and lets a call send none with storeId: undefined", async () => {
    const { fetch, requests } = recordingFetch(() => json(200, { items: [] }));
    const portone = PortOneClient({ secret: SECRET, storeId: "store-1", fetch });
    await portone.payment.getPayment({ paymentId: "p1" });
    expect(new URL(requests[0]!.url).searchParams.get("storeId")).toBe("store-1");
    await portone.payment.getAllPaymentEventsByCursor({ storeId: undefined, size: 10 });
    expect(JSON.parse(new URL(requests[1]!.url).searchParams.get("requestBody")!)).toEqual({ size: 10 });
  });

  it("returns text/csv as text", async () => {
    const { fetch } = recordingFetch(
      () => new Response("a,b\n1,2\n", { status: 200, headers: { "Content-Type": "text/csv" } }),
    );
    const portone = PortOneClient({ secret: SECRET, fetch });
    await expect(portone.b2b.taxInvoice.downloadB2bTaxInvoicesSheet()).resolves.toBe("a,b\n1,2\n");
  });

  it("throws an API error as a PortOneError that isPortOneError narrows to the operation", async () => {
    const { fetch } = recordingFetch(() =>
      json(409, { type: "PAYMENT_ALREADY_CANCELLED", message: "이미 취소된 결제입니다." }),
    );
    const portone = PortOneClient({ secret: SECRET, fetch });
    const error = await failure(portone.payment.cancelPayment({ paymentId: "p1", reason: "r" }));
    expect(isPortOneError(error, "cancelPayment")).toBe(true);
    expect(isPortOneError(error, "getPayment")).toBe(false);
    expect(error).toMatchObject({ kind: "api", status: 409, type: "PAYMENT_ALREADY_CANCELLED" });
    expect(error.message).toBe(
      "cancelPayment: PAYMENT_ALREADY_CANCELLED (HTTP 409): 이미 취소된 결제입니다.",
    );
  });
});
