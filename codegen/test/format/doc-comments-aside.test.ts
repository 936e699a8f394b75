import { describe, expect, it } from "vitest";
import { withDocCommentsAside } from "../../src/format/doc-comments-aside.js";
import { createInProcessFormatter, type Formatter } from "../../src/format/formatter.js";

/** The in-process formatter, keeping every source it is given. */
function recording(): { formatter: Formatter; seen: string[] } {
  const inner = createInProcessFormatter();
  const seen: string[] = [];
  return {
    seen,
    formatter: {
      format: (sources) => {
        seen.push(...sources);
        return inner.format(sources);
      },
      close: () => inner.close(),
    },
  };
}

async function bothWays(source: string): Promise<{ aside: string; plain: string; seen: string[] }> {
  const { formatter, seen } = recording();
  const [aside = ""] = await withDocCommentsAside(formatter).format([source]);
  const [plain = ""] = await createInProcessFormatter().format([source]);
  return { aside, plain, seen };
}

const CASES: Record<string, string> = {
  "interface members, a mis-indented multi-line block": [
    "export interface Payment {",
    "    /**",
    "        * 결제 건 아이디",
    "   *",
    "     * @description 고객사에서 채번한 아이디",
    "     */",
    "    id: string;",
    "    /** 금액 */",
    "    amount?: { total: number; paid: number };",
    "}",
  ].join("\n"),
  "an object literal whose first property follows a section marker": [
    "export const operationTable = {",
    "// @portone-typed:fragment operation%3AgetPayment",
    "  /**",
    "   * 결제 조회",
    "   */",
    '  getPayment: { method: "get", path: "/payments/{paymentId}" },',
    "  /** 결제 취소 */",
    '  cancelPayment: { method: "post" },',
    "} as const;",
  ].join("\n"),
  "top-level statements with blank lines": [
    "/** 결제 상태 */",
    'export type PaymentStatus = "PAID" | "FAILED";',
    "",
    "",
    "/**",
    " * Whether a value is unrecognized.",
    " */",
    "export declare function isUnrecognizedPayment(value: unknown): boolean;",
  ].join("\n"),
  "a block that is not `*`-led, kept verbatim": [
    "export interface A {",
    "  /** first",
    "      second */",
    "  a: string;",
    "}",
  ].join("\n"),
};

describe("withDocCommentsAside: prettier's bytes, with the JSDoc set aside while it works", () => {
  it.each(Object.entries(CASES))("%s", async (_name, source) => {
    const { aside, plain, seen } = await bothWays(source);
    expect(aside).toBe(plain);
    // Prettier saw the placeholders, not the comments.
    expect(seen[0]).not.toContain("/**");
    expect(seen).toHaveLength(1);
  });

  it("formats a source as is where a placeholder cannot stand (a comment inside a union)", async () => {
    const source = 'export type A =\n  /** the first */\n  | "a"\n  | "b";\n';
    const { aside, plain, seen } = await bothWays(source);
    expect(aside).toBe(plain);
    expect(seen.at(-1)).toBe(source);
  });

  it("never takes code for a placeholder: a name the source uses is made longer", async () => {
    const source = "export interface A {\n  /** doc */\n  __portoneTypedDoc0: 0;\n  b: string;\n}\n";
    const { aside, plain, seen } = await bothWays(source);
    expect(aside).toBe(plain);
    expect(seen[0]).toContain("__portoneTypedDoc_0: 0,");
  });
});
