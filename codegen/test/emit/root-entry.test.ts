import { describe, expect, it } from "vitest";
import type { FormattedList, FormattedTemplate } from "../../src/format/format-sections.js";
import { composeRootModule, exportedNames, type CategoryHome } from "../../src/emit/root-entry.js";
import type { Composition, SubjectKey } from "../../src/emit/sections.js";

const category = (id: string, keys: readonly SubjectKey[]): CategoryHome => ({
  id,
  dir: `categories/${id}`,
  include: (key) => keys.includes(key),
});

function list(
  fragments: Record<SubjectKey, string>,
  frame: { head?: string; tail?: string; compose?: Composition; uses?: Record<SubjectKey, string[]> } = {},
): FormattedList {
  return {
    kind: "list",
    layout: frame.head === undefined ? "statements" : "members",
    head: frame.head ?? "",
    fragments: Object.entries(fragments).map(([key, text]) => ({ key: key as SubjectKey, text })),
    tail: frame.tail ?? "",
    empty: "",
    uses: new Map(Object.entries(frame.uses ?? {}) as [SubjectKey, string[]][]),
    frameUses: [],
    ...(frame.compose === undefined ? {} : { compose: frame.compose }),
  };
}

const template = (name: string, sections: FormattedTemplate["sections"]): FormattedTemplate => ({
  name,
  summary: name,
  sections,
});

const payment = category("payment", ["schema:Payment", "schema:Currency", "operation:getPayment"]);
const iv = category("identityVerification", ["schema:Currency", "operation:getIv"]);

describe("composeRootModule", () => {
  it("re-exports definitions, names a schema two categories hold from the first, and writes what none holds", () => {
    const types = template("types", [
      list(
        {
          "schema:Currency": 'export type Currency = "KRW" | (string & {});',
          "schema:Payment":
            "export type Payment = A | B;\nexport function isUnrecognizedPayment(value: Payment): boolean {}",
          "schema:Orphan": "export interface Orphan extends NamedSchema<Payment> {}",
        },
        { uses: { "schema:Orphan": ["NamedSchema", "Payment"] } },
      ),
    ]);
    const composed = composeRootModule(types, [payment, iv]);
    expect(composed?.body).toBe(
      [
        'export * from "./categories/payment/types.js";',
        'export * from "./categories/identityVerification/types.js";',
        'export type { Currency } from "./categories/payment/types.js";',
        "",
        "export interface Orphan extends NamedSchema<Payment> {}",
      ].join("\n"),
    );
    expect([...(composed?.uses ?? [])]).toEqual(["NamedSchema", "Payment"]);
  });

  it("extends, spreads and intersects each category's aggregate", () => {
    const schema = template("schema", [
      list(
        { "operation:getPayment": "getPayment: {};", "operation:getIv": "getIv: {};" },
        { head: "export interface operations {", tail: "}", compose: "extends" },
      ),
      list(
        { "schema:Currency": "Currency: string;", "schema:Payment": "Payment: {};" },
        {
          head: "export interface components {\n  schemas: {",
          tail: "};\n  responses: never;\n}",
          compose: "schemas",
        },
      ),
    ]);
    expect(composeRootModule(schema, [payment, iv])?.body).toBe(
      [
        'import type * as $payment from "./categories/payment/schema.js";',
        'import type * as $identityVerification from "./categories/identityVerification/schema.js";',
        "",
        "export interface operations extends $payment.operations, $identityVerification.operations {",
        "}",
        "",
        "export interface components {",
        'schemas: $payment.components["schemas"] & Omit<$identityVerification.components["schemas"], "Currency">;',
        "  responses: never;",
        "}",
      ].join("\n"),
    );
    const table = template("operations", [
      list(
        { "operation:getPayment": "getPayment: {},", "operation:getOrphan": "getOrphan: {}," },
        { head: "export const operationTable = {", tail: "} as const;", compose: "spread" },
      ),
    ]);
    expect(composeRootModule(table, [payment])?.body).toBe(
      [
        'import * as $payment from "./categories/payment/operations.js";',
        "",
        "export const operationTable = {",
        "...$payment.operationTable,",
        "getOrphan: {},",
        "} as const;",
      ].join("\n"),
    );
    const tableOf = (fragments: Record<SubjectKey, string>) =>
      template("operations", [
        list(fragments, {
          head: "/** The table. */\nexport const operationTable = {",
          tail: "} as const;",
          compose: "spread",
        }),
      ]);
    expect(
      composeRootModule(tableOf({ "operation:getPayment": "getPayment: {}," }), [payment, iv])?.body,
    ).toBe(
      [
        'import * as $payment from "./categories/payment/operations.js";',
        'import * as $identityVerification from "./categories/identityVerification/operations.js";',
        "",
        "/** The table. */",
        "export const operationTable: typeof $payment.operationTable & typeof $identityVerification.operationTable = {",
        "...$payment.operationTable,",
        "...$identityVerification.operationTable,",
        "} as const;",
      ].join("\n"),
    );
  });

  it("gives up where two categories' interfaces would both hold a member", () => {
    const clash = template("schema", [
      list(
        { "schema:Currency": "Currency: {};" },
        { head: "export interface paths {", tail: "}", compose: "extends" },
      ),
    ]);
    expect(composeRootModule(clash, [payment, iv])).toBeUndefined();
  });

  it("gives up where a category's namespace would be a name the module declares or imports", () => {
    const orphan = (text: string, uses: string[] = []) =>
      template("types", [list({ "schema:Orphan": text }, { uses: { "schema:Orphan": uses } })]);
    expect(composeRootModule(orphan("export interface $payment {}"), [payment])).toBeUndefined();
    expect(
      composeRootModule(orphan("export interface Orphan extends $payment {}", ["$payment"]), [payment]),
    ).toBeUndefined();
    expect(composeRootModule(orphan("export interface Orphan {}"), [payment])).toBeDefined();
  });

  it("keeps two ids apart that differ in - and _", () => {
    const table = template("operations", [
      list({}, { head: "export const operationTable = {", tail: "} as const;", compose: "spread" }),
    ]);
    const body = composeRootModule(table, [category("a-b", []), category("a_b", [])])?.body ?? "";
    expect(body).toContain('import * as $a$b from "./categories/a-b/operations.js";');
    expect(body).toContain('import * as $a_b from "./categories/a_b/operations.js";');
  });
});

describe("exportedNames", () => {
  it("tells type-only names from values; a const and its type of one name is a value", () => {
    expect(
      exportedNames(
        [
          "export interface A {}",
          "export type B = A;",
          "export function isB(value: B): boolean;",
          "export function isB(value: B): boolean { return true; }",
          'export const C = { X: "X" } as const;',
          "export type C = (typeof C)[keyof typeof C];",
          "type Local = 1;",
        ].join("\n"),
      ),
    ).toEqual({ types: ["A", "B"], values: ["isB", "C"] });
  });
});
