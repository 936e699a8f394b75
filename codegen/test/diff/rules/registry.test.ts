import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, RULES, ruleOf } from "../../../src/diff/rules/index.js";

describe("the rule table", () => {
  it("has one rule per change kind, each found by its kind", () => {
    expect(new Set(CHANGE_KINDS).size).toBe(RULES.length);
    for (const rule of RULES) expect(ruleOf(rule.kind)).toBe(rule);
  });
});
