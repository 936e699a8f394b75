import { describe, expect, it } from "vitest";
import { createPortOneClient } from "../src/index.js";

function recording(respond: () => Response) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    urls.push(new URL(request.url));
    return respond();
  };
  return { fetch, urls };
}

const requestBodyOf = (url: URL | undefined) => JSON.parse(url?.searchParams.get("requestBody") ?? "null");

describe("the path style, on operations beyond identity verification", () => {
  it("reads a text/csv answer as text", async () => {
    const csv = "taxInvoiceKey,status\nti_1,ISSUED\n";
    const { fetch, urls } = recording(() => new Response(csv, { headers: { "Content-Type": "text/csv" } }));
    const portone = createPortOneClient({ secret: "sk", fetch });
    const result = await portone.GET("/b2b/tax-invoices-sheet", {
      params: { query: { requestBody: { filter: { brn: "1234567890" } } } as never },
    });
    expect(result.error).toBeUndefined();
    expect(result.data).toBe(csv);
    expect(requestBodyOf(urls[0])).toEqual({ filter: { brn: "1234567890" } });
  });

  it("fills the storeId default inside requestBody, unless the call names storeId: undefined (the whole merchant)", async () => {
    const { fetch, urls } = recording(() => Response.json({ items: [] }));
    const portone = createPortOneClient({ secret: "sk", storeId: "store-1", fetch });
    await portone.GET("/payment-events-by-cursor", { params: { query: { requestBody: {} } } as never });
    await portone.GET("/payment-events-by-cursor", {
      params: { query: { requestBody: { storeId: undefined } } } as never,
    });
    expect(urls.map(requestBodyOf)).toEqual([{ storeId: "store-1" }, {}]);
  });

  it("fills the storeId default into the query unless the call names storeId: undefined", async () => {
    const { fetch, urls } = recording(() => Response.json({ identityVerificationId: "iv" }));
    const portone = createPortOneClient({ secret: "sk", storeId: "store-1", fetch });
    await portone.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: "iv" } },
    });
    await portone.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: "iv" }, query: { storeId: undefined } },
    });
    expect(urls.map((url) => url.searchParams.get("storeId"))).toEqual(["store-1", null]);
  });
});

describe("JSON query parameters without PortOne's extension (the vat reports)", () => {
  it("take the body object and send it as JSON", async () => {
    const { fetch, urls } = recording(() => Response.json({ items: [] }));
    const portone = createPortOneClient({ secret: "sk", fetch });
    await portone.GET("/payment-reconciliations/settlements/vat-report", {
      params: { query: { requestBody: { dateRange: { from: "2026-01-01", until: "2026-01-31" } } } },
    });
    expect(requestBodyOf(urls[0])).toEqual({ dateRange: { from: "2026-01-01", until: "2026-01-31" } });
  });
});
