// The build step that folds esbuild's CommonJS re-exports into one loop (packages/tsup.shared.ts).
import { describe, expect, it } from "vitest";
import { withCompactReexports } from "../../cjs-reexports.shared.js";

const reexport = (exported: string, from: string, local = exported) =>
  [
    `Object.defineProperty(exports, "${exported}", {`,
    "  enumerable: true,",
    `  get: function () { return ${from}.${local}; }`,
    "});",
  ].join("\n");

const BUNDLE = [
  "'use strict';",
  "",
  "var chunkA_cjs = require('./chunk-A.cjs');",
  "var chunkB_cjs = require('./chunk-B.cjs');",
  "",
  "var operationTable2 = { ...chunkA_cjs.operationTable };",
  "",
  reexport("PaymentStatus", "chunkA_cjs"),
  reexport("isPortOneError", "chunkB_cjs", "isPortOneError3"),
  reexport("CancelPaymentErrorType", "chunkA_cjs"),
  "exports.operationTable = operationTable2;",
  "",
].join("\n");

/** The chunks BUNDLE requires. */
function chunks() {
  return {
    "./chunk-A.cjs": { PaymentStatus: { PAID: "PAID" }, CancelPaymentErrorType: {}, operationTable: {} },
    "./chunk-B.cjs": { isPortOneError3: () => true },
  } as Record<string, Record<string, unknown>>;
}

/** What `text` exports when run as CommonJS beside `required`. */
function run(text: string, required: Record<string, object>): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  new Function("exports", "require", text)(exports, (id: string) => required[id]);
  return exports;
}

describe("withCompactReexports", () => {
  it("writes the re-exports as one loop over a list per chunk, where the first one stood", () => {
    const want = [
      "'use strict';",
      "",
      "var chunkA_cjs = require('./chunk-A.cjs');",
      "var chunkB_cjs = require('./chunk-B.cjs');",
      "",
      "var operationTable2 = { ...chunkA_cjs.operationTable };",
      "",
      "for (const [reexportFrom, reexportNames] of [",
      '  [chunkA_cjs, ["PaymentStatus","CancelPaymentErrorType"]],',
      '  [chunkB_cjs, ["isPortOneError:isPortOneError3"]]',
      "]) {",
      "  for (const name of reexportNames) {",
      '    const [exported, local = exported] = name.split(":");',
      "    Object.defineProperty(exports, exported, { enumerable: true, get: () => reexportFrom[local] });",
      "  }",
      "}",
      "exports.operationTable = operationTable2;",
      "",
    ].join("\n");
    expect(withCompactReexports(BUNDLE)).toBe(want);
  });

  it("exports the same names, as the same live enumerable getters", () => {
    const required = chunks();
    const before = run(BUNDLE, required);
    const after = run(withCompactReexports(BUNDLE), required);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      expect(Object.getOwnPropertyDescriptor(after, name)?.enumerable, name).toBe(true);
      // The re-exports are the chunks' own values; the table is built anew by each run.
      if (name === "operationTable") expect(after[name]).toStrictEqual(before[name]);
      else expect(after[name], name).toBe(before[name]);
    }
    required["./chunk-A.cjs"]!.PaymentStatus = { PAID: "CHANGED" };
    expect(after.PaymentStatus).toEqual({ PAID: "CHANGED" });
  });

  it("leaves a file without re-exports of esbuild's exact shape as it is", () => {
    const others = [
      "exports.a = a;",
      'Object.defineProperty(exports, "b", { enumerable: false, get: function () { return m.b; } });',
      'Object.defineProperty(exports, "c", { enumerable: true, get: function () { return c; } });',
      'Object.defineProperty(exports, "__esModule", { value: true });',
      `function inner() {\n${reexport("d", "m")}\n}`,
      "",
    ].join("\n");
    expect(withCompactReexports(others)).toBe(others);
  });

  it("leaves the file as it is when a chunk's variable would be shadowed by the loop's own", () => {
    const shadowed = [reexport("a", "reexportFrom"), reexport("b", "m"), ""].join("\n");
    expect(withCompactReexports(shadowed)).toBe(shadowed);
  });
});
