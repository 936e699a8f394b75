import { describe, expect, it } from "vitest";
import type { Json } from "../helpers/specs.js";
import { diffDocuments, onlyChange, v2Spec } from "./fixtures.js";

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
