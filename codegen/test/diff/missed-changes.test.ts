// Changes the diff used to miss: authentication, error statuses, where the API is served.
import { describe, expect, it } from "vitest";
import type { Json } from "../helpers/specs.js";
import { diffDocuments, onlyChange, v1Spec, v2Spec } from "./fixtures.js";

const schemas = { Thing: { type: "object", properties: { a: { type: "string" } } } };

/** V2 as PortOne has published it: every operation takes a bearer token or the API secret. */
function withSecurity(
  portOneScheme: string,
  description = "Authorization: PortOne `발급된 API 시크릿`",
): Json {
  const spec = v2Spec("request", schemas);
  spec.security = [{ bearerJwt: [] }, { portOne: [] }];
  spec.components.securitySchemes = {
    bearerJwt: { type: "http", scheme: "bearer", description: "Authorization: Bearer `엑세스 토큰`" },
    portOne: { type: "http", scheme: portOneScheme, description },
  };
  return spec;
}

describe("security-changed", () => {
  it("is breaking on every operation when the Authorization scheme changes (PortOneApiSecret → PortOne)", () => {
    const report = diffDocuments(withSecurity("PortOneApiSecret"), withSecurity("PortOne"));
    const changes = report.changes.filter((change) => change.kind === "security-changed");
    expect(changes.map((change) => [change.location, change.verdict])).toEqual([
      ["GET /health", "breaking"],
      ["POST /things", "breaking"],
    ]);
    expect(changes[0]?.message).toBe(
      "authentication changed: bearerJwt: http bearer | portOne: http portoneapisecret → bearerJwt: http bearer | portOne: http portone",
    );
    expect(changes[0]?.clauses).toEqual(["P1"]);
  });

  it("is no change when only the scheme's description, or the case of its name, changes", () => {
    const report = diffDocuments(withSecurity("portone", "<p>old text</p>"), withSecurity("PortOne"));
    expect(report.changes.filter((change) => change.kind === "security-changed")).toEqual([]);
  });

  it("is breaking where one operation stops accepting the API secret", () => {
    const after = withSecurity("portone");
    after.paths["/things"].post.security = [{ bearerJwt: [] }];
    const change = onlyChange(diffDocuments(withSecurity("portone"), after), "security-changed");
    expect(change).toMatchObject({ location: "POST /things", verdict: "breaking" });
  });
});

describe("error-status-changed", () => {
  const errorSpec = (status: number | undefined) =>
    v2Spec("response", {
      Thing: {
        type: "object",
        title: "정보가 일치하지 않는 경우",
        properties: { type: { type: "string", enum: ["INFORMATION_MISMATCH"] }, message: { type: "string" } },
        required: ["type"],
        ...(status === undefined ? {} : { "x-portone-status-code": status }),
      },
    });

  it("is breaking on the response side when an error type's status moves (400 → 409)", () => {
    const change = onlyChange(diffDocuments(errorSpec(400), errorSpec(409)), "error-status-changed");
    expect(change).toMatchObject({
      verdict: "breaking",
      side: "response",
      location: "Thing",
      message: "HTTP status of the error (x-portone-status-code) changed: 400 → 409",
      details: { old: 400, new: 409 },
      clauses: ["R10"],
      pointers: {
        old: "/components/schemas/Thing/x-portone-status-code",
        new: "/components/schemas/Thing/x-portone-status-code",
      },
    });
  });

  it("points at the schema on the side that has no status", () => {
    const change = onlyChange(diffDocuments(errorSpec(undefined), errorSpec(409)), "error-status-changed");
    expect(change.pointers).toEqual({
      old: "/components/schemas/Thing",
      new: "/components/schemas/Thing/x-portone-status-code",
    });
  });
});

describe("server-changed", () => {
  const v1 = (host: string, basePath = "/", schemes = ["https"]) => ({
    ...v1Spec([]),
    host,
    basePath,
    schemes,
  });

  it.each([
    [
      v1("api.iamport.kr", "/", ["https"]),
      v1("api.portone.io", "/", ["https"]),
      "https://api.iamport.kr/ → https://api.portone.io/",
    ],
    [
      v1("api.iamport.kr", "/"),
      v1("api.iamport.kr", "/v1"),
      "https://api.iamport.kr/ → https://api.iamport.kr/v1",
    ],
    [
      v1("api.iamport.kr", "/", ["https"]),
      v1("api.iamport.kr", "/", ["http", "https"]),
      "https://api.iamport.kr/ → http://api.iamport.kr/ https://api.iamport.kr/",
    ],
  ])("is a warning when V1's host, basePath or schemes change (%#)", (before, after, want) => {
    const change = onlyChange(diffDocuments(before, after), "server-changed");
    expect(change).toMatchObject({
      verdict: "warning",
      message: `where the API is served changed: ${want}`,
      clauses: ["R11"],
      pointers: { old: "", new: "" },
    });
  });

  it("is a warning when V2's servers change, pointing at them", () => {
    const before = { ...v2Spec("request", schemas), servers: [{ url: "https://api.portone.io" }] };
    const after = { ...v2Spec("request", schemas), servers: [{ url: "https://api.portone.io/v2" }] };
    const change = onlyChange(diffDocuments(before, after), "server-changed");
    expect(change).toMatchObject({ verdict: "warning", pointers: { old: "/servers", new: "/servers" } });
    expect(diffDocuments(before, before).changes).toEqual([]);
  });
});
