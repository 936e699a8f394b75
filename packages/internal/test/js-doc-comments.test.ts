// The build step that drops doc comments from the published bundles (packages/tsup.shared.ts).
import { describe, expect, it } from "vitest";
import { withoutDocComments } from "../../js-doc-comments.shared.js";

describe("withoutDocComments", () => {
  it("drops JSDoc blocks with their lines, and leaves the code byte for byte", () => {
    const given = [
      "/** The table. */",
      "var table = {",
      "  /**",
      "   * 결제 건 조회",
      "   */",
      '  getPayment: { method: "get" },',
      "  /** 취소 */ cancelPayment: 1",
      "};",
      "function f() {",
      "  return 1; /** after */",
      "}",
      "/** last */",
      "",
    ].join("\n");
    const want = [
      "var table = {",
      '  getPayment: { method: "get" },',
      "  cancelPayment: 1",
      "};",
      "function f() {",
      "  return 1; ",
      "}",
      "",
    ].join("\n");
    expect(withoutDocComments(given)).toBe(want);
  });

  it("keeps annotations, legal and plain comments, and JSDoc-like text in strings, templates and regexes", () => {
    const given = [
      "/*! a legal comment */",
      "/** @license MIT */",
      "var a = /* @__PURE__ */ create();",
      "// a line comment",
      "/* a block comment */",
      'var s = "/** not a comment */";',
      "var t = `",
      "/** in a template */",
      "`;",
      "var r = /\\/\\*\\* x \\*\\//;",
      "",
    ].join("\n");
    expect(withoutDocComments(given)).toBe(given);
  });

  it("handles CRLF line ends", () => {
    expect(withoutDocComments("/** doc */\r\nvar a = 1;\r\n")).toBe("var a = 1;\r\n");
  });
});
