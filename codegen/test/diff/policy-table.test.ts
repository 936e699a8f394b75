import { describe, expect, it } from "vitest";
import type { Json } from "../helpers/specs.js";
import { diffDocuments, onlyChange, sharedWithStable, v1Spec, v2Spec, type UseSide } from "./fixtures.js";

const str = { type: "string" };
const object = (properties: Json, required: string[] = []) => ({ type: "object", properties, required });
const union = (mapping: Record<string, string>) => ({
  oneOf: Object.values(mapping).map((name) => ({ $ref: `#/components/schemas/${name}` })),
  discriminator: {
    propertyName: "type",
    mapping: Object.fromEntries(
      Object.entries(mapping).map(([tag, name]) => [tag, `#/components/schemas/${name}`]),
    ),
  },
});
const caseSchema = (tag: string) => object({ type: { type: "string", enum: [tag] }, message: str }, ["type"]);

interface Row {
  /** The row of docs/compat-policy.md this case checks. */
  readonly row: string;
  readonly kind: string;
  readonly old: Json;
  readonly new: Json;
  readonly request: string;
  readonly response: string;
  readonly note?: string;
}

// Each row: the schemas before and after; `Thing` is what the operation sends or returns.
const ROWS: Row[] = [
  {
    row: "field removed",
    kind: "property-removed",
    old: { Thing: object({ a: str, b: str }) },
    new: { Thing: object({ a: str }) },
    request: "breaking",
    response: "breaking",
  },
  {
    row: "optional field added",
    kind: "property-added",
    old: { Thing: object({ a: str }) },
    new: { Thing: object({ a: str, b: str }) },
    request: "ok",
    response: "ok",
  },
  {
    row: "required field added",
    kind: "property-added",
    old: { Thing: object({ a: str }) },
    new: { Thing: object({ a: str, b: str }, ["b"]) },
    request: "breaking",
    response: "ok",
  },
  {
    row: "optional → required",
    kind: "property-became-required",
    old: { Thing: object({ a: str }) },
    new: { Thing: object({ a: str }, ["a"]) },
    request: "breaking",
    response: "ok",
  },
  {
    row: "required → optional",
    kind: "property-became-optional",
    old: { Thing: object({ a: str }, ["a"]) },
    new: { Thing: object({ a: str }) },
    request: "ok",
    response: "breaking",
  },
  {
    row: "type changed",
    kind: "type-changed",
    old: { Thing: object({ a: str }) },
    new: { Thing: object({ a: { type: "integer" } }) },
    request: "breaking",
    response: "breaking",
  },
  {
    row: "type changed: object ↔ union",
    kind: "type-changed",
    old: { Thing: object({ type: str }) },
    new: { Thing: union({ A: "ThingA" }), ThingA: caseSchema("A") },
    request: "breaking",
    response: "breaking",
  },
  {
    row: "type changed: $ref target with a different shape",
    kind: "type-changed",
    old: { Thing: object({ inner: { $ref: "#/components/schemas/Inner" } }), Inner: object({ a: str }) },
    new: {
      Thing: object({ inner: { $ref: "#/components/schemas/Other" } }),
      Other: { type: "array", items: str },
    },
    request: "breaking",
    response: "breaking",
  },
  {
    row: "enum value removed",
    kind: "enum-value-removed",
    old: { Thing: { type: "string", enum: ["A", "B"] } },
    new: { Thing: { type: "string", enum: ["A"] } },
    request: "breaking",
    response: "warning",
  },
  {
    row: "enum value added",
    kind: "enum-value-added",
    old: { Thing: { type: "string", enum: ["A"] } },
    new: { Thing: { type: "string", enum: ["A", "B"] } },
    request: "ok",
    response: "ok",
    note: "exhaustive switches need a branch for it",
  },
  {
    row: "oneOf case added",
    kind: "union-case-added",
    old: { Thing: union({ A: "ThingA" }), ThingA: caseSchema("A") },
    new: { Thing: union({ A: "ThingA", B: "ThingB" }), ThingA: caseSchema("A"), ThingB: caseSchema("B") },
    request: "ok",
    response: "ok",
    note: "exhaustive switches need a branch for it",
  },
  {
    row: "oneOf case removed",
    kind: "union-case-removed",
    old: { Thing: union({ A: "ThingA", B: "ThingB" }), ThingA: caseSchema("A"), ThingB: caseSchema("B") },
    new: { Thing: union({ A: "ThingA" }), ThingA: caseSchema("A") },
    request: "breaking",
    response: "warning",
  },
  {
    row: "discriminator value renamed for the same case",
    kind: "discriminator-value-renamed",
    old: {
      Thing: union({ A: "ThingA", NOT_FOUND_ERROR: "NotFound" }),
      ThingA: caseSchema("A"),
      NotFound: caseSchema("NOT_FOUND_ERROR"),
    },
    new: {
      Thing: union({ A: "ThingA", NOT_FOUND: "NotFound" }),
      ThingA: caseSchema("A"),
      NotFound: caseSchema("NOT_FOUND"),
    },
    request: "breaking",
    response: "breaking",
  },
  {
    row: "format added on a string",
    kind: "format-changed",
    old: { Thing: object({ on: str }) },
    new: { Thing: object({ on: { type: "string", format: "date" } }) },
    request: "warning",
    response: "warning",
  },
  {
    row: "format changed on a string",
    kind: "format-changed",
    old: { Thing: object({ on: { type: "string", format: "date" } }) },
    new: { Thing: object({ on: { type: "string", format: "date-time" } }) },
    request: "warning",
    response: "warning",
  },
  {
    row: "default changed",
    kind: "default-changed",
    old: { Thing: object({ size: { type: "integer", default: 10 } }) },
    new: { Thing: object({ size: { type: "integer", default: 20 } }) },
    request: "warning",
    response: "warning",
  },
  {
    row: "default removed",
    kind: "default-changed",
    old: { Thing: object({ size: { type: "integer", default: 10 } }) },
    new: { Thing: object({ size: { type: "integer" } }) },
    request: "warning",
    response: "warning",
  },
  {
    row: "default added",
    kind: "default-changed",
    old: { Thing: object({ size: { type: "integer" } }) },
    new: { Thing: object({ size: { type: "integer", default: 10 } }) },
    request: "ok",
    response: "ok",
  },
  {
    row: "descriptions, titles, examples only",
    kind: "documentation",
    old: { Thing: { ...object({ a: str }), description: "<p>A thing</p>" } },
    new: { Thing: { ...object({ a: str }), description: "A thing", title: "Thing", example: { a: "x" } } },
    request: "documentation",
    response: "documentation",
  },
];

describe("the compatibility policy, row by row (docs/compat-policy.md)", () => {
  describe.each(ROWS)("$row", (row) => {
    it.each(["request", "response"] as UseSide[])("on the %s side", (side) => {
      const report = diffDocuments(v2Spec(side, row.old), v2Spec(side, row.new));
      const change = onlyChange(report, row.kind);
      expect(change.verdict).toBe(row[side]);
      expect(change.side).toBe(side);
      expect(change.operations.map((operation) => operation.key)).toEqual(["POST /things"]);
      expect(change.note).toBe(side === "response" ? row.note : undefined);
    });
  });

  it.each(["request", "response"] as UseSide[])(
    "$ref renamed to a schema of the same shape: no change to clients (%s)",
    (side) => {
      const before = {
        Thing: object({ inner: { $ref: "#/components/schemas/Inner" } }),
        Inner: object({ a: str }, ["a"]),
      };
      const after = {
        Thing: object({ inner: { $ref: "#/components/schemas/Renamed" } }),
        Renamed: object({ a: str }, ["a"]),
      };
      const report = diffDocuments(v2Spec(side, before), v2Spec(side, after));
      expect(report.changes.map((change) => [change.kind, change.location, change.verdict])).toEqual([
        ["schema-removed", "Inner", "ok"],
        ["schema-added", "Renamed", "ok"],
      ]);
      // And a shape change behind the renamed $ref is still found, under the new name.
      const changed = diffDocuments(
        v2Spec(side, before),
        v2Spec(side, { ...after, Renamed: object({ a: str }) }),
      );
      expect(onlyChange(changed, "property-became-optional").location).toBe("Renamed (was Inner).a");
    },
  );

  it("operation removed: breaking, said plainly", () => {
    const before = v2Spec("request", { Thing: object({ a: str }) });
    const after = structuredClone(before);
    delete after.paths["/health"];
    const change = onlyChange(diffDocuments(before, after), "operation-removed");
    expect(change).toMatchObject({
      verdict: "breaking",
      location: "GET /health",
      message: "operation removed from the published spec",
    });
  });

  it("operation added: ok", () => {
    const before = v2Spec("request", { Thing: object({ a: str }) });
    const after = structuredClone(before);
    after.paths["/health"].head = { operationId: "ping", responses: { "204": { description: "up" } } };
    expect(onlyChange(diffDocuments(before, after), "operation-added")).toMatchObject({
      verdict: "ok",
      location: "HEAD /health",
    });
  });
});

describe("exemptions and labels", () => {
  it("an x-portone-unstable operation's breaking changes are exempt", () => {
    const unstable = { "x-portone-unstable": true };
    const report = diffDocuments(
      v2Spec("request", { Thing: object({ a: str, b: str }) }, unstable),
      v2Spec("request", { Thing: object({ a: str }) }, unstable),
    );
    expect(onlyChange(report, "property-removed").verdict).toBe("exempt");
    expect(report.summary.breaking).toBe(0);
  });

  it("a schema shared with a stable operation is not exempt", () => {
    const change = onlyChange(
      diffDocuments(
        sharedWithStable({ Thing: object({ a: str, b: str }) }),
        sharedWithStable({ Thing: object({ a: str }) }),
      ),
      "property-removed",
    );
    expect(change.verdict).toBe("breaking");
    expect(change.operations.map((operation) => [operation.key, operation.verdict])).toEqual([
      ["POST /things", "exempt"],
      ["PUT /stable", "breaking"],
    ]);
  });

  it("removing an operation marked unstable is exempt; an operation losing its marker is only a warning", () => {
    const before = v2Spec("request", { Thing: object({ a: str }) }, { "x-portone-unstable": true });
    const removed = structuredClone(before);
    delete removed.paths["/things"];
    expect(onlyChange(diffDocuments(before, removed), "operation-removed").verdict).toBe("exempt");
    const stable = v2Spec("request", { Thing: object({ a: str }) });
    expect(onlyChange(diffDocuments(before, stable), "operation-became-stable").verdict).toBe("ok");
    expect(onlyChange(diffDocuments(stable, before), "operation-became-unstable").verdict).toBe("warning");
  });

  it('x-portone-unstable: "true" (a string, as older V2 specs write it) means unstable', () => {
    const asString = v2Spec("request", { Thing: object({ a: str }) }, { "x-portone-unstable": "true" });
    const asBoolean = v2Spec("request", { Thing: object({ a: str }) }, { "x-portone-unstable": true });
    expect(diffDocuments(asString, asBoolean).changes).toEqual([]);
    const removed = structuredClone(asString);
    delete removed.paths["/things"];
    expect(onlyChange(diffDocuments(asString, removed), "operation-removed").verdict).toBe("exempt");
  });

  it("a component no operation references is unreferenced, never breaking", () => {
    const report = diffDocuments(
      v2Spec("request", { Thing: object({ a: str }), Orphan: object({ a: str, b: str }, ["a"]) }),
      v2Spec("request", { Thing: object({ a: str }), Orphan: object({ b: { type: "integer" } }) }),
    );
    expect(
      report.changes
        .filter((change) => change.location.startsWith("Orphan"))
        .map((change) => [change.kind, change.verdict]),
    ).toEqual([
      ["property-removed", "unreferenced"],
      ["type-changed", "unreferenced"],
    ]);
    expect(report.summary.breaking).toBe(0);
  });

  it("a query-or-body parameter's required-ness is read from x-portone-query-or-body", () => {
    const withQueryOrBody = (required: boolean) => {
      const spec = v2Spec("response", { Thing: object({ a: str }) });
      spec.paths["/things"].get = {
        operationId: "getThings",
        parameters: [
          {
            name: "requestBody",
            in: "query",
            required: false,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            "x-portone-query-or-body": { enabled: true, required },
          },
        ],
        responses: {},
      };
      return spec;
    };
    const change = onlyChange(
      diffDocuments(withQueryOrBody(false), withQueryOrBody(true)),
      "parameter-became-required",
    );
    expect(change).toMatchObject({
      verdict: "breaking",
      location: "GET /things parameter query requestBody",
    });
  });

  describe("V1 (Swagger 2.0): formData parameters follow the same rules", () => {
    const channelKey = { name: "channelKey", in: "formData", type: "string", required: true };
    const phone = { name: "phone", in: "formData", type: "string", required: true };
    it.each([
      ["parameter removed", [phone, channelKey], [phone], "parameter-removed", "breaking"],
      [
        "optional parameter added",
        [phone],
        [phone, { ...channelKey, required: false }],
        "parameter-added",
        "ok",
      ],
      ["required parameter added", [phone], [phone, channelKey], "parameter-added", "breaking"],
      ["required → optional", [phone], [{ ...phone, required: false }], "parameter-became-optional", "ok"],
      [
        "optional → required",
        [{ ...phone, required: false }],
        [phone],
        "parameter-became-required",
        "breaking",
      ],
      ["type changed", [phone], [{ ...phone, type: "integer" }], "type-changed", "breaking"],
    ] as const)("%s", (_name, before, after, kind, verdict) => {
      const change = onlyChange(diffDocuments(v1Spec([...before]), v1Spec([...after])), kind);
      expect(change.verdict).toBe(verdict);
      expect(change.operations.map((operation) => operation.operationId)).toEqual(["requestOTP"]);
    });

    it("per-PG requirement changes (x-portone-per-pg) are warnings; per-PG prose is documentation", () => {
      const perPg = (pgs: Json) => [{ ...phone, required: false, "x-portone-per-pg": pgs }];
      const report = diffDocuments(
        v1Spec(perPg({ kcp: { description: "a" } })),
        v1Spec(perPg({ kcp: { required: true, description: "b" } })),
      );
      expect(onlyChange(report, "per-pg-changed")).toMatchObject({
        verdict: "warning",
        message: "per-PG requirement (x-portone-per-pg) changed: now required for kcp",
      });
      const prose = diffDocuments(
        v1Spec(perPg({ kcp: { required: true, description: "a" } })),
        v1Spec(perPg({ kcp: { required: true, description: "b" } })),
      );
      expect(prose.changes.map((change) => [change.kind, change.verdict])).toEqual([
        ["documentation", "documentation"],
      ]);
    });
  });
});
