import { describe, expect, it } from "vitest";
import { renderList, type FormattedList } from "../../src/format/format-sections.js";
import { markFragments, splitMarkedText, type SubjectKey } from "../../src/emit/sections.js";

const fragments = [
  { key: "path:/a" as SubjectKey, text: '  "/a": string;' },
  { key: "path:/b/{id}" as SubjectKey, text: '  "/b/{id}": {\n    x: number;\n  };' },
];

describe("marked sections", () => {
  it.each(["members", "statements"] as const)("split gives back what mark put in (%s)", (layout) => {
    const marked = markFragments("export interface paths {", fragments, "}", layout);
    expect(splitMarkedText(marked)).toEqual({ head: "export interface paths {", fragments, tail: "}" });
  });

  it("keeps a fragment whose text looks like a marker inside a comment", () => {
    const tricky = [
      {
        key: "schema:A" as SubjectKey,
        text: "/**\n * // @portone-typed:fragment schema:B\n */\ntype A = 1;",
      },
    ];
    expect(splitMarkedText(markFragments("", tricky, "", "statements")).fragments).toEqual(tricky);
  });

  it("fails loudly when the end marker is lost", () => {
    expect(() => splitMarkedText("// @portone-typed:fragment schema:A\ntype A = 1;")).toThrow(/end marker/);
  });
});

describe("renderList", () => {
  const section = (layout: "members" | "statements", head: string, tail: string): FormattedList => ({
    kind: "list",
    layout,
    head,
    fragments,
    tail,
    empty: "EMPTY\n",
    uses: new Map(),
    frameUses: [],
  });

  it.each([
    {
      name: "members, all",
      layout: "members",
      include: () => true,
      want: 'H {\n  "/a": string;\n  "/b/{id}": {\n    x: number;\n  };\n}\n',
    },
    {
      name: "members, one",
      layout: "members",
      include: (key: string) => key === "path:/a",
      want: 'H {\n  "/a": string;\n}\n',
    },
    { name: "none gives the section's empty form", layout: "members", include: () => false, want: "EMPTY\n" },
  ] as const)("$name", ({ layout, include, want }) => {
    expect(renderList(section(layout, "H {", "}\n"), include)).toBe(want);
  });

  it("separates statements by a blank line and drops an empty head and tail", () => {
    expect(renderList(section("statements", "", ""), () => true)).toBe(
      '  "/a": string;\n\n  "/b/{id}": {\n    x: number;\n  };\n',
    );
  });
});
