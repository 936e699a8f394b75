// Changes the diff used to miss: authentication, error statuses, where the API is served, renamed path variables, defaults.
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

describe("path-variable-renamed", () => {
  /** `GET /billing-keys/{variable}` with its path parameter, and a query parameter beside it. */
  const billingKeySpec = (
    variable: string,
    query: Json = { name: "storeId", in: "query", schema: { type: "string" } },
  ) => {
    const spec = v2Spec("response", schemas);
    spec.paths[`/billing-keys/{${variable}}`] = {
      get: {
        operationId: "getBillingKeyInfo",
        parameters: [{ name: variable, in: "path", required: true, schema: { type: "string" } }, query],
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    };
    return spec;
  };

  it("is the same operation, not a removal and an addition, and its other changes are still found", () => {
    const after = billingKeySpec("billingKey", {
      name: "storeId",
      in: "query",
      required: true,
      schema: { type: "string" },
    });
    const report = diffDocuments(billingKeySpec("id"), after);
    expect(report.changes.map((change) => [change.kind, change.location, change.verdict])).toEqual([
      ["parameter-became-required", "GET /billing-keys/{billingKey} parameter query storeId", "breaking"],
      ["path-variable-renamed", "GET /billing-keys/{billingKey}", "ok"],
    ]);
    expect(onlyChange(report, "path-variable-renamed")).toMatchObject({
      message: "path variable renamed: {id} → {billingKey} (the same URL on the wire)",
      note: "code that names the path parameter must change",
      pointers: { old: "/paths/~1billing-keys~1{id}/get", new: "/paths/~1billing-keys~1{billingKey}/get" },
      clauses: ["R13"],
    });
  });

  it("leaves a template two operations share unmatched", () => {
    const before = billingKeySpec("id");
    const after = billingKeySpec("billingKey");
    after.paths["/billing-keys/{other}"] = before.paths["/billing-keys/{id}"];
    const kinds = diffDocuments(before, after).changes.map((change) => change.kind);
    expect(kinds).not.toContain("path-variable-renamed");
    expect(kinds).toContain("operation-removed");
  });
});

describe("default-changed", () => {
  const withDefault = (value: unknown) =>
    v2Spec("request", {
      Thing: {
        type: "object",
        properties: { size: { type: "integer", ...(value === undefined ? {} : { default: value }) } },
      },
    });

  it("points at the default on each side that has one, else at the field", () => {
    expect(onlyChange(diffDocuments(withDefault(10), withDefault(20)), "default-changed")).toMatchObject({
      verdict: "warning",
      location: "Thing.size",
      pointers: {
        old: "/components/schemas/Thing/properties/size/default",
        new: "/components/schemas/Thing/properties/size/default",
      },
    });
    expect(
      onlyChange(diffDocuments(withDefault(10), withDefault(undefined)), "default-changed").pointers,
    ).toEqual({
      old: "/components/schemas/Thing/properties/size/default",
      new: "/components/schemas/Thing/properties/size",
    });
  });

  it("is no change when the default is the same value", () => {
    expect(diffDocuments(withDefault({ a: [1] }), withDefault({ a: [1] })).changes).toEqual([]);
  });
});

describe("a value that becomes a list of itself", () => {
  const annotation = (perPg: Json) => ({
    type: "object",
    properties: { buyer_name: { type: "string", "x-portone-per-pg": perPg } },
  });
  const schedules = (parameter: Json, perPg: Json) => ({
    ...v1Spec([{ name: "schedules", in: "formData", required: true, ...parameter }]),
    definitions: { ScheduleAnnotation: annotation(perPg) },
  });
  const ref = { $ref: "#/definitions/ScheduleAnnotation" };

  it("is a type change, and what changed inside it is reached from the operation, not unreferenced", () => {
    const report = diffDocuments(
      schedules({ type: "array", schema: ref }, {}),
      schedules({ type: "array", items: ref }, { welcome: { required: true } }),
    );
    expect(report.changes.map((change) => [change.kind, change.location, change.verdict])).toEqual([
      ["type-changed", "POST /certifications/otp/request parameter formData schedules", "breaking"],
      ["per-pg-changed", "ScheduleAnnotation.buyer_name", "warning"],
    ]);
    expect(onlyChange(report, "per-pg-changed").pointers).toEqual({
      old: "/definitions/ScheduleAnnotation/properties/buyer_name/x-portone-per-pg",
      new: "/definitions/ScheduleAnnotation/properties/buyer_name/x-portone-per-pg",
    });
  });
});
