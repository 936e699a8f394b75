import { describe, expect, it } from "vitest";
import { literalPattern } from "../../src/model/string-patterns.js";

describe("literalPattern", () => {
  it.each([
    ["\\[000000\\]", { literal: "[000000]", anyBefore: true, anyAfter: true }],
    ["^MC", { literal: "MC", anyBefore: false, anyAfter: true }],
    ["\\.kr$", { literal: ".kr", anyBefore: true, anyAfter: false }],
    ["^exact$", { literal: "exact", anyBefore: false, anyAfter: false }],
    ["a\\$", { literal: "a$", anyBefore: true, anyAfter: true }],
  ])("reads %j as a literal", (pattern, want) => {
    expect(literalPattern(pattern)).toEqual(want);
  });

  it.each(["^[0-9]+$", "a.b", "\\d{6}", "a|b", "", "^$", "a\\", "(x)", "x?"])(
    "says nothing of %j, which a type cannot hold",
    (pattern) => {
      expect(literalPattern(pattern)).toBeUndefined();
    },
  );
});
