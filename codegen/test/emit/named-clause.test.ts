import { describe, expect, it } from "vitest";
import { namedClause } from "../../src/emit/entry-files.js";
import { createInProcessFormatter } from "../../src/format/formatter.js";

const names = (count: number) => Array.from({ length: count }, (_, index) => `PaymentSchemaName${index}`);

describe("namedClause: imports and exports as prettier lays them out, without prettier", () => {
  it.each([
    ["import type", names(2), "./types.js"],
    ["import type", names(3), "./types.js"],
    ["import type", names(12), "../../shared.js"],
    ["export type", ["components", "operations", "paths"], "./schema.js"],
    [
      "import type",
      ["AVeryLongNameThatIsOnItsOwnStillLongerThanEightyColumnsWhenImportedFromHere"],
      "./x.js",
    ],
  ])("%s %j from %s", async (keyword, given, specifier) => {
    const text = `${namedClause(keyword, given, specifier)}\n`;
    const [formatted] = await createInProcessFormatter().format([text]);
    expect(text).toBe(formatted);
  });

  it("refuses what it cannot measure in columns", () => {
    expect(() => namedClause("import type", ["결제"], "./types.js")).toThrow(/not ASCII/);
  });
});
