import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/diff/diff-specs.js";
import { resolvePointer } from "../../src/load/json-pointer.js";
import type { DiffReport, ReportedChange } from "../../src/diff/report.js";
import { SPEC_HISTORY_DIR } from "../helpers/paths.js";
import type { Json } from "../helpers/specs.js";

interface Pair {
  readonly spec: "v1" | "v2";
  readonly old: string;
  readonly new: string;
  readonly facts: readonly string[];
}

const { pairs } = JSON.parse(readFileSync(path.join(SPEC_HISTORY_DIR, "pairs.json"), "utf8")) as {
  pairs: Pair[];
};
const fileOf = (pair: Pair, name: string) => path.join(SPEC_HISTORY_DIR, pair.spec, name);
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

const ids = (report: DiffReport, verdict: string) =>
  report.changes
    .filter((change) => change.verdict === verdict)
    .map((change) => change.id)
    .sort();
const ofKind = (report: DiffReport, kind: string, verdict?: string) =>
  report.changes.filter(
    (change) => change.kind === kind && (verdict === undefined || change.verdict === verdict),
  );
const locations = (changes: readonly ReportedChange[]) => changes.map((change) => change.location).sort();

/** The facts of each pair (shared/specs/history/pairs.json), as assertions on our report. */
const FACTS: Record<string, (report: DiffReport, pair: Pair) => void> = {
  "v2_3bbbbed109.json>v2_17d8d56767.json": (report) => {
    // breaking: bypass string -> object in three request bodies; partner fields removed on both sides.
    expect(ids(report, "breaking")).toEqual([
      "property-removed:PlatformPartner.businessRegistrationNumber",
      "property-removed:PlatformPartner.isHidden",
      "property-removed:UpdatePlatformPartnerBody.businessRegistrationNumber",
      "property-removed:UpdatePlatformPartnerBody.isHidden",
      "type-changed:BillingKeyPaymentInput.bypass",
      "type-changed:IssueBillingKeyBody.bypass",
      "type-changed:SendIdentityVerificationBody.bypass",
    ]);
    for (const change of ofKind(report, "type-changed", "breaking")) {
      expect(change).toMatchObject({ side: "request", details: { old: "string", new: "object" } });
    }
    expect(
      ofKind(report, "property-removed", "breaking").map((change) => [change.location, change.side]),
    ).toEqual([
      ["PlatformPartner.businessRegistrationNumber", "response"],
      ["PlatformPartner.isHidden", "response"],
      ["UpdatePlatformPartnerBody.businessRegistrationNumber", "request"],
      ["UpdatePlatformPartnerBody.isHidden", "request"],
    ]);
    // exempt: an optional query parameter removed from an unstable operation.
    const [exempt] = ofKind(report, "parameter-removed");
    expect(exempt).toMatchObject({
      verdict: "exempt",
      details: { required: false },
      location: expect.stringContaining("parameter query "),
    });
    expect(exempt?.operations.every((operation) => operation.unstable)).toBe(true);
    // non-breaking: new enum values, operations, schemas.
    for (const kind of ["enum-value-added", "operation-added", "schema-added"]) {
      expect(ofKind(report, kind).length).toBeGreaterThan(0);
      expect(ofKind(report, kind).every((change) => change.verdict === "ok")).toBe(true);
    }
  },
  "v2_bb6cf375bf.json>v2_70facbbed3.json": (report) => {
    expect(ofKind(report, "type-changed", "breaking")).toMatchObject([
      { location: "BillingKeyInfo", side: "response", details: { old: "object", new: "union" } },
    ]);
    expect(ids(report, "breaking")).toEqual(["type-changed:BillingKeyInfo"]);
    expect(ofKind(report, "union-case-added", "ok")).toHaveLength(8);
    expect(ofKind(report, "enum-value-added", "ok")).toHaveLength(3);
    expect(ofKind(report, "schema-added", "ok")).toHaveLength(27);
  },
  "v2_70facbbed3.json>v2_3e624772b8.json": (report) => {
    expect(ids(report, "breaking")).toEqual([
      "enum-value-removed:CancelRequester:Admin",
      "enum-value-removed:CancelRequester:Customer",
      "property-added:SendIdentityVerificationBodyCustomer.ipAddress",
    ]);
    expect(ofKind(report, "enum-value-removed").every((change) => change.side === "request")).toBe(true);
    expect(ofKind(report, "property-added", "breaking")[0]).toMatchObject({
      side: "request",
      details: { required: true },
    });
    // A response string narrowed to the Bank enum through a $ref: fine for clients.
    const narrowed = ofKind(report, "enum-restricted");
    expect(narrowed.length).toBeGreaterThan(0);
    for (const change of narrowed) expect(change).toMatchObject({ verdict: "ok", side: "response" });
    expect(narrowed.map((change) => change.details.values)).toContainEqual(
      expect.arrayContaining(["KOOKMIN", "SHINHAN"]),
    );
    expect(ofKind(report, "union-case-added", "ok")).toHaveLength(52);
    const requiredResponseFields = ofKind(report, "property-added", "ok").filter(
      (change) => change.side === "response" && change.details.required,
    );
    expect(requiredResponseFields.length).toBeGreaterThan(0);
  },
  "v2_fabc655832.json>v2_ffb6acec61.json": (report) => {
    expect(ofKind(report, "property-became-required", "breaking")).toMatchObject([
      { location: "CreatePlatformPartnerBody.type", side: "request" },
    ]);
    expect(ofKind(report, "property-became-optional", "breaking")).toMatchObject([
      { location: "PlatformPartnerTypeWhtPayer.birthdate", side: "response" },
    ]);
    expect(report.summary.breaking).toBe(2);
    expect(ofKind(report, "property-became-required", "ok")).toMatchObject([{ side: "response" }]);
    expect(ofKind(report, "operation-became-stable", "ok")).toHaveLength(5);
    expect(ofKind(report, "parameter-removed")).toMatchObject([
      { verdict: "exempt", operations: [{ unstable: true }] },
    ]);
  },
  "v2_fbfd3f5111.json>v2_4591c04061.json": (report, pair) => {
    expect(
      ofKind(report, "discriminator-value-renamed").map((change) => [
        change.location,
        change.details.tag,
        change.details.renamedTo,
        change.verdict,
      ]),
    ).toEqual([
      ["GetPromotionError", "PROMOTION_NOT_FOUND_ERROR", "PROMOTION_NOT_FOUND", "breaking"],
      [
        "PayInstantlyError",
        "PROMOTION_PAY_METHOD_DOES_NOT_MATCH_ERROR",
        "PROMOTION_PAY_METHOD_DOES_NOT_MATCH",
        "breaking",
      ],
      [
        "PayWithBillingKeyError",
        "PROMOTION_PAY_METHOD_DOES_NOT_MATCH_ERROR",
        "PROMOTION_PAY_METHOD_DOES_NOT_MATCH",
        "breaking",
      ],
    ]);
    expect(report.summary.breaking).toBe(3);
    const removedCases = ofKind(report, "union-case-removed");
    expect(removedCases).toHaveLength(3);
    for (const change of removedCases) expect(change).toMatchObject({ verdict: "warning", side: "response" });
    // Responses whose $ref target was renamed (same shape) get no structural change.
    const responseRefs = (document: Json) => {
      const refs = new Map<string, string>();
      for (const [route, item] of Object.entries<Json>(document.paths)) {
        for (const [method, operation] of Object.entries<Json>(item)) {
          for (const [status, response] of Object.entries<Json>(operation.responses ?? {})) {
            const ref = response.content?.["application/json"]?.schema?.$ref;
            if (ref) refs.set(`${method.toUpperCase()} ${route} ${status}`, ref);
          }
        }
      }
      return refs;
    };
    const before = responseRefs(readJson(fileOf(pair, pair.old)));
    const renamed = [...responseRefs(readJson(fileOf(pair, pair.new)))].filter(
      ([key, ref]) => before.has(key) && before.get(key) !== ref,
    );
    expect(renamed.length).toBeGreaterThan(0);
    for (const [key] of renamed) {
      const operation = key.split(" ").slice(0, 2).join(" ");
      const structural = report.changes.filter(
        (change) =>
          change.verdict !== "documentation" &&
          change.verdict !== "ok" &&
          change.operations.some((candidate) => candidate.key === operation),
      );
      expect(
        structural.filter(
          (change) => change.kind !== "discriminator-value-renamed" && change.kind !== "union-case-removed",
        ),
      ).toEqual([]);
    }
    expect(
      ofKind(report, "operation-added", "ok").filter((change) => !change.operations[0]?.unstable),
    ).toHaveLength(3);
  },
  "v2_b03f800955.json>v2_fcf3612546.json": (report) => {
    const removed = ofKind(report, "operation-removed");
    expect(removed).toHaveLength(27);
    for (const change of removed) {
      expect(change).toMatchObject({
        verdict: "exempt",
        message: "operation removed from the published spec",
      });
      expect(change.location).toMatch(/^\w+ \/b2b-preview\//);
    }
    const added = ofKind(report, "operation-added");
    expect(added).toHaveLength(30);
    for (const change of added)
      expect(change).toMatchObject({ verdict: "ok", location: expect.stringMatching(/^\w+ \/b2b\//) });
    expect(report.summary.unreferenced).toBeGreaterThan(0);
    expect(report.summary.breaking + report.summary.warning).toBe(0);
  },
  "v2_2cde9cdd7d.json>v2_4e9ed7ec0d.json": (report) => {
    const dated = report.changes.filter(
      (change) => change.kind === "format-changed" && change.operations.length > 0,
    );
    expect(dated).toHaveLength(30);
    for (const change of dated) {
      expect(change.details).toEqual({ new: "date" });
      expect(["warning", "exempt"]).toContain(change.verdict);
    }
    expect(new Set(dated.map((change) => change.side))).toEqual(new Set(["request", "response", "both"]));
    expect(report.summary.breaking).toBe(0);
    expect(ofKind(report, "operation-added", "ok")).toHaveLength(1);
    expect(ofKind(report, "schema-added", "ok")).toHaveLength(7);
  },
  "v2_29696d23e9.json>v2_8426e5aedd.json": (report) => {
    expect(report.summary.breaking).toBe(0);
    expect(ofKind(report, "enum-value-added", "ok").some((change) => change.side === "both")).toBe(true);
    expect(ofKind(report, "union-case-added", "ok")).toHaveLength(7);
    expect(
      ofKind(report, "property-added", "ok").some(
        (change) => change.side === "response" && change.details.required,
      ),
    ).toBe(true);
    expect(ofKind(report, "response-added", "ok").map((change) => change.details.status)).toEqual(["409"]);
    expect(ofKind(report, "schema-added", "ok")).toHaveLength(6);
  },
  "v2_a8dd2043ad.json>v2_9e515d2b86.json": (report) => {
    expect(ids(report, "breaking")).toEqual([
      "enum-value-removed:EasyPayProvider:GOOGLE_PAY",
      "enum-value-removed:PgProvider:HECTO_GLOBAL",
    ]);
    for (const change of ofKind(report, "enum-value-removed")) expect(change.side).toBe("both");
    expect(ofKind(report, "operation-added", "ok")).toHaveLength(4);
    expect(ofKind(report, "schema-added", "ok")).toHaveLength(18);
  },
  "v2_db5012e819.json>v2_770f5ff3e5.json": (report) => {
    expect(report.summary).toMatchObject({ breaking: 0, warning: 0, ok: 4 });
    expect(report.summary.documentation).toBeGreaterThan(1000);
  },
  "v1_976319eacc.json>v1_1878e0d86d.json": (report) => {
    expect(ofKind(report, "type-changed", "breaking")).toMatchObject([
      {
        location: "POST /subscribe/payments/schedule parameter formData schedules",
        details: { old: "object", new: "array" },
      },
    ]);
    expect(report.summary.breaking).toBe(1);
    const added = ofKind(report, "parameter-added");
    expect(added).toHaveLength(4);
    for (const change of added) expect(change).toMatchObject({ verdict: "ok", details: { required: false } });
    const perPgParameters = ofKind(report, "per-pg-changed").filter((change) =>
      change.location.includes(" parameter "),
    );
    expect(perPgParameters).toHaveLength(11);
    for (const change of perPgParameters) expect(change.verdict).toBe("warning");
    // Inside the schedules the parameter holds either way: reached through it, not unreferenced.
    expect(
      ofKind(report, "per-pg-changed").filter((change) => change.schema === "ScheduleAnnotation"),
    ).toMatchObject([
      {
        location: "ScheduleAnnotation.buyer_name",
        verdict: "warning",
        operations: [{ key: "POST /subscribe/payments/schedule" }],
      },
    ]);
    expect(report.summary.unreferenced).toBe(0);
  },
  "v1_73c5d21e4d.json>v1_14ae9e8a15.json": (report) => {
    expect(ids(report, "breaking")).toEqual([
      "operation-removed:GET /kakao/payment/orders",
      "property-became-required:ScheduleAnnotation.name",
    ]);
    expect(ofKind(report, "operation-removed")[0]?.message).toBe("operation removed from the published spec");
    expect(ofKind(report, "property-became-required")[0]?.side).toBe("request");
    expect(ofKind(report, "parameter-became-optional")).toMatchObject([
      { verdict: "ok", location: expect.stringContaining("parameter formData ") },
    ]);
  },
  "v1_25da084f21.json>v1_fe850e83f5.json": (report) => {
    const removed = ofKind(report, "property-removed", "breaking");
    expect(new Set(removed.map((change) => change.operations[0]?.key))).toEqual(
      new Set([
        "DELETE /subscribe/customers/{customer_uid}",
        "GET /subscribe/customers/{customer_uid}",
        "POST /subscribe/customers/{customer_uid}",
      ]),
    );
    expect(new Set(removed.map((change) => change.location.split(".").pop()))).toEqual(
      new Set(["code", "message", "response"]),
    );
    expect(report.summary.breaking).toBe(9);
    expect(
      ofKind(report, "property-added", "ok").filter((change) =>
        /response 200\.(CustomerResponse|SuperBillingKeyResponse)$/.test(change.location),
      ),
    ).toHaveLength(6);
    expect(ofKind(report, "parameter-added", "ok")).toHaveLength(6);
    expect(
      ofKind(report, "property-added", "ok").filter((change) => change.side === "response"),
    ).toHaveLength(9);
  },
  "v1_cad0a01290.json>v1_2ede31e056.json": (report) => {
    const otp = report.changes.filter(
      (change) =>
        change.verdict !== "documentation" &&
        change.location.startsWith("POST /certifications/otp/request parameter"),
    );
    expect(
      otp.map((change) => [
        change.kind,
        change.location.split(" ").pop(),
        change.details.required,
        change.verdict,
      ]),
    ).toEqual([
      ["parameter-removed", "channelKey", true, "breaking"],
      ["parameter-added", "channel_key", true, "breaking"],
    ]);
    expect(
      locations(ofKind(report, "parameter-added", "breaking")).filter((location) =>
        location.endsWith(" channel_key"),
      ),
    ).toHaveLength(7);
    const pgRemoved = ofKind(report, "parameter-removed", "breaking").filter((change) =>
      change.location.endsWith(" formData pg"),
    );
    expect(pgRemoved).toHaveLength(6);
    for (const change of pgRemoved) expect(change.details.required).toBe(false);
  },
  "v1_382e7f85ae.json>v1_46602fcc8a.json": (report) => {
    expect(report.changes.filter((change) => change.verdict !== "documentation")).toEqual([]);
  },
};

describe("the real history of PortOne's specs (shared/specs/history/pairs.json)", () => {
  it("has an assertion for every pair, and every assertion a pair", () => {
    expect(Object.keys(FACTS).sort()).toEqual(pairs.map((pair) => `${pair.old}>${pair.new}`).sort());
  });

  it.each(
    pairs.map(
      (pair) =>
        [`${pair.spec} ${pair.old} → ${pair.new}: ${pair.facts.join("; ").slice(0, 120)}…`, pair] as const,
    ),
  )("%s", async (_title, pair) => {
    const report = await diffSpecs(fileOf(pair, pair.old), fileOf(pair, pair.new));
    FACTS[`${pair.old}>${pair.new}`]?.(report, pair);
    // Every JSON pointer of the report resolves in the document it names.
    const documents = { old: readJson(fileOf(pair, pair.old)), new: readJson(fileOf(pair, pair.new)) };
    const unresolved = [...report.changes, ...report.suppressed].flatMap((change) =>
      (["old", "new"] as const).flatMap((side) => {
        const pointer = change.pointers[side];
        return pointer === undefined || resolvePointer(documents[side], pointer) !== undefined
          ? []
          : [`${change.id} ${side} ${pointer}`];
      }),
    );
    expect(unresolved).toEqual([]);
    if (pair.facts.every((fact) => fact.startsWith("control:") || fact.startsWith("non-breaking"))) {
      expect(report.summary.breaking).toBe(0);
    }
  });
});
