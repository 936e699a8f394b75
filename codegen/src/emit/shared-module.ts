import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import { HTTP_METHODS } from "../model/model.js";
import { UNRECOGNIZED_VARIANT } from "./base-types.js";
import { OPERATION_INFO } from "./operations-table.js";
import { printStatements } from "./ts-morph-sections.js";

export const UNRECOGNIZED = "Unrecognized";

/** Symbols `shared.ts` defines; every entry point imports them from the one file, so they stay one type. */
export const SHARED_SYMBOLS: readonly string[] = [UNRECOGNIZED, UNRECOGNIZED_VARIANT, OPERATION_INFO];

/** `shared.ts`: the types every entry point of an API shares. */
export function sharedModuleText(): string {
  return printStatements([
    {
      kind: StructureKind.VariableStatement,
      hasDeclareKeyword: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: "unrecognized", type: "unique symbol" }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: UNRECOGNIZED,
      type: "typeof unrecognized",
      docs: [
        {
          description:
            "The tag of a union case this version of the spec does not know.\n\n" +
            "PortOne adds cases without notice and asks clients not to fail on them. At run time such a\n" +
            "tag is a string; typing it as this unique symbol keeps `switch (value.tag)` narrowing on the\n" +
            "known tags, and makes code that must handle every case handle this one too.",
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: UNRECOGNIZED_VARIANT,
      typeParameters: [{ name: "Tag", constraint: "string" }],
      type: `{ readonly [K in Tag]: ${UNRECOGNIZED} }`,
      docs: [
        {
          description:
            "A union case whose `Tag` property holds a value this version of the spec does not know.",
        },
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: OPERATION_INFO,
      docs: [{ description: "One row of `operationTable`." }],
      properties: [
        {
          name: "method",
          isReadonly: true,
          type: HTTP_METHODS.map((method) => JSON.stringify(method)).join(" | "),
        },
        { name: "path", isReadonly: true, type: "string" },
        {
          name: "category",
          isReadonly: true,
          type: "string | null",
          docs: ["`x-portone-category`, e.g. `payment.billingKey`."],
        },
        {
          name: "unstable",
          isReadonly: true,
          type: "boolean",
          docs: ["`x-portone-unstable`: outside PortOne's compatibility promise."],
        },
        {
          name: "errorUnion",
          isReadonly: true,
          type: "string | null",
          docs: ["The schema name of the operation's error union."],
        },
        {
          name: "queryOrBody",
          isReadonly: true,
          type: "{ readonly parameter: string; readonly required: boolean } | null",
          docs: [
            "Set when the body travels as a JSON string in this query parameter (`x-portone-query-or-body`).",
          ],
        },
        {
          name: "storeId",
          isReadonly: true,
          type: '"query" | "body" | null',
          docs: ["Where the operation takes a `storeId`, so a client can fill in its default."],
        },
      ],
    },
  ]);
}
