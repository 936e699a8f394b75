// Given a spec diff and what a merchant's code uses, want the changes that reach it.
import { describe, expect, it } from "vitest";
import type { Site, Usages } from "../../src/impact/find-usages.js";
import { impactOf } from "../../src/impact/impact-report.js";
import { renderImpact } from "../../src/impact/render-impact.js";
import { diffDocuments, sharedWithStable, v2Spec } from "../diff/fixtures.js";

const str = { type: "string" };
const thing = (properties: object) => ({ Thing: { type: "object", properties } });
const at = (file: string, line: number, text: string): Site => ({
  file,
  line,
  column: 3,
  text,
  package: "@portone-typed/v2",
});
const uses = (parts: Partial<Record<keyof Usages, Record<string, Site[]>>>): Usages => ({
  operations: new Map(Object.entries(parts.operations ?? {})),
  routes: new Map(Object.entries(parts.routes ?? {})),
  types: new Map(Object.entries(parts.types ?? {})),
});

describe("impactOf", () => {
  const report = diffDocuments(
    v2Spec("request", thing({ a: str, b: str })),
    v2Spec("request", thing({ a: str })),
  );

  it("keeps a change reached through an operation the code calls, in either style, with the calls", () => {
    const call = at("src/things.ts", 4, "portone.things.createThing({ a })");
    const route = at("src/raw.ts", 9, 'portone.POST("/things", …)');
    const impact = impactOf(
      report,
      uses({ operations: { createThing: [call] }, routes: { "POST /things": [route] } }),
      "tsconfig.json",
    );
    expect(impact.changes.map((change) => [change.id, change.verdict, change.sites])).toEqual([
      ["property-removed:Thing.b", "breaking", [call, route]],
    ]);
    expect(impact.summary.breaking).toBe(1);
  });

  it("drops a breaking change that reaches only operations the code does not call", () => {
    const impact = impactOf(
      report,
      uses({ operations: { health: [at("src/up.ts", 1, "portone.health()")] } }),
      "tsconfig.json",
    );
    expect([impact.changes, impact.summary.breaking, impact.changesInDiff]).toEqual([[], 0, 1]);
    expect(renderImpact(impact, "text")).toContain(
      "0 of the diff's 1 changes reach this code (none); it calls 1 operation and names 0 PortOne types",
    );
  });

  it("keeps a change inside a generated type the code names, without a call", () => {
    const named = at("src/types.ts", 2, "Thing");
    const impact = impactOf(report, uses({ types: { Thing: [named] } }), "tsconfig.json");
    expect(impact.changes.map((change) => [change.id, change.sites])).toEqual([
      ["property-removed:Thing.b", [named]],
    ]);
  });

  it("weighs a change by the operations the code calls: exempt where it calls only the unstable one", () => {
    // Thing is sent by the unstable POST /things and the stable PUT /stable.
    const shared = diffDocuments(
      sharedWithStable(thing({ a: str, b: str })),
      sharedWithStable(thing({ a: str })),
    );
    expect(shared.changes[0]?.verdict).toBe("breaking");
    const unstableOnly = impactOf(shared, uses({ operations: { createThing: [at("a.ts", 1, "x")] } }), "p");
    expect(unstableOnly.changes.map((change) => change.verdict)).toEqual(["exempt"]);
    const stable = impactOf(shared, uses({ operations: { putStable: [at("a.ts", 1, "x")] } }), "p");
    expect(stable.changes.map((change) => change.verdict)).toEqual(["breaking"]);
  });

  it("annotates the merchant's own line in the github format", () => {
    const impact = impactOf(
      report,
      uses({ operations: { createThing: [at("src/things.ts", 4, "x")] } }),
      "p",
    );
    expect(renderImpact(impact, "github").split("\n")[0]).toBe(
      "::error file=src/things.ts,line=4,col=3,title=PortOne spec%3A breaking property-removed::Thing.b: property removed",
    );
  });
});
