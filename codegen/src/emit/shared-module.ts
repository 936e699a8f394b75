import type { StatementStructures } from "ts-morph";
import type { ApiModel } from "../model/model.js";
import { ENVELOPE, OPEN_UNION, UNRECOGNIZED_VARIANT } from "./base-types.js";
import {
  ERROR_STATUS_CATALOG,
  ERROR_STATUSES,
  ERROR_TYPE_CATALOG,
  ERROR_TYPES,
  errorCatalog,
  type CatalogEntry,
  type ErrorCatalog,
} from "./error-catalog.js";
import { propertyKey, stringLiteral } from "./escape.js";
import { operationColumns } from "./operation-columns.js";
import { JSON_RESPONSE } from "./json-responses.js";
import { CALL_OPTIONS } from "./operation-client.js";
import { OPERATION_INFO } from "./operations-table.js";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import { printStatements } from "./ts-morph-sections.js";

export const UNRECOGNIZED = "Unrecognized";
export const NAMED_SCHEMA = "NamedSchema";

/** The catalog, when some error union's consts pick from it (else `shared.ts` has none). */
function usedErrorCatalog(model: ApiModel): ErrorCatalog | undefined {
  const catalog = errorCatalog(model);
  return model.errorUnions.some(catalog.catalogued) ? catalog : undefined;
}

/** Symbols `shared.ts` defines for a model; every entry point imports them from the one file, so they stay one type. */
export function sharedSymbols(model: ApiModel): string[] {
  return [
    ...(usedErrorCatalog(model)
      ? [ERROR_TYPE_CATALOG, ERROR_STATUS_CATALOG, ERROR_TYPES, ERROR_STATUSES]
      : []),
    ...(model.unions.length > 0 ? [UNRECOGNIZED, UNRECOGNIZED_VARIANT, OPEN_UNION] : []),
    ...(model.api === "v1" ? [ENVELOPE] : []),
    OPERATION_INFO,
    ...(model.calls.length > 0 ? [CALL_OPTIONS] : []),
    NAMED_SCHEMA,
    JSON_RESPONSE,
  ];
}

const unrecognizedStatements: StatementStructures[] = [
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
    typeParameters: [
      { name: "Tag", constraint: "string" },
      { name: "Known", default: "Record<never, never>" },
    ],
    type: `{ readonly [K in Tag]: ${UNRECOGNIZED} } & { readonly [K in Exclude<keyof Known, Tag>]?: Known[K] }`,
    docs: [
      {
        description:
          "A union case whose `Tag` property holds a value this version of the spec does not know.\n\n" +
          "The fields every known case has (`Known`'s common keys) are readable on the whole union\n" +
          "without narrowing, optional here: PortOne's policy lets a new use case make a required\n" +
          "output optional, so a case added later may lack them. Narrowed to a known case they are\n" +
          "as the spec says.",
      },
    ],
  },
  {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name: OPEN_UNION,
    typeParameters: [{ name: "Tag", constraint: "string" }, { name: "Known" }],
    type: `Known | ${UNRECOGNIZED_VARIANT}<Tag, Known>`,
    docs: [
      {
        description:
          "A union PortOne may add cases to: its `Known` cases, tagged by `Tag`, or one this version\n" +
          "of the spec does not know. Narrow with `switch (value.tag)`; the default branch is the\n" +
          "unrecognized case.",
      },
    ],
  },
];

const envelopeStatement: StatementStructures = {
  kind: StructureKind.Interface,
  isExported: true,
  name: ENVELOPE,
  typeParameters: [{ name: "Payload" }],
  docs: [
    {
      description:
        "The body of every V1 (api.iamport.kr) response: `code` 0 and the payload in `response` on\n" +
        "success; otherwise a non-zero `code`, an explanation in `message` and `response` null,\n" +
        "which a client turns into an error rather than a payload. Either can come with HTTP 200.",
    },
  ],
  properties: [
    { name: "code", type: "number", docs: ["0 on success."] },
    { name: "message", type: "string | null", docs: ["Why the call failed (Korean text); null on success."] },
    { name: "response", type: "Payload", docs: ["The payload, when `code` is 0."] },
  ],
};

const namedSchemaStatement: StatementStructures = {
  kind: StructureKind.TypeAlias,
  isExported: true,
  name: NAMED_SCHEMA,
  typeParameters: [{ name: "Schema" }],
  type: "Schema",
  docs: [
    {
      description:
        "What lets a schema's interface extend its `components` type (an `extends` clause takes no\n" +
        "indexed access), so the schema has a name of its own in hovers and compiler messages.",
    },
  ],
};

const jsonResponseStatement: StatementStructures = {
  kind: StructureKind.TypeAlias,
  isExported: true,
  name: JSON_RESPONSE,
  typeParameters: [{ name: "Body" }],
  type: '{ headers: { [name: string]: unknown }; content: { "application/json": Body } }',
  docs: [
    {
      description:
        "A response of `operations` that has a JSON body and declares no headers: what\n" +
        "openapi-typescript writes out in full for each status, once (the same type to openapi-fetch).",
    },
  ],
};

const callOptionsStatement: StatementStructures = {
  kind: StructureKind.Interface,
  isExported: true,
  name: CALL_OPTIONS,
  docs: [{ description: "Per call of the operation style." }],
  properties: [
    {
      name: "signal",
      isReadonly: true,
      hasQuestionToken: true,
      type: "AbortSignal",
      docs: ["Cancels the call (the client's timeout applies as well)."],
    },
  ],
};

/**
 * The catalog of error types (the descriptions go with the types; the statuses are in both) and
 * the types an error union's consts are declared with.
 */
function errorCatalogStatements({ entries }: ErrorCatalog): StatementStructures[] {
  const catalog = (
    name: string,
    description: string,
    member: (entry: CatalogEntry) => { type: string; doc: readonly string[] },
  ): StatementStructures => ({
    kind: StructureKind.Interface,
    isExported: true,
    name,
    docs: [{ description }],
    properties: entries.map((entry) => {
      const { type, doc } = member(entry);
      return {
        name: propertyKey(entry.type),
        isReadonly: true,
        type,
        docs: doc.length === 0 ? [] : [{ description: doc.join("\n") }],
      };
    }),
  });
  const picked = (name: string, from: string, description: string): StatementStructures => ({
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    typeParameters: [{ name: "Type", constraint: `keyof ${from}` }],
    type: `Pick<${from}, Type>`,
    docs: [{ description }],
  });
  return [
    catalog(
      ERROR_TYPE_CATALOG,
      "Every error `type` of the API, each described once with its HTTP status. An error union's\n" +
        `\`…ErrorType\` const is a \`${ERROR_TYPES}<…>\` of its own types, descriptions included.`,
      (entry) => ({ type: stringLiteral(entry.type), doc: entry.doc }),
    ),
    catalog(
      ERROR_STATUS_CATALOG,
      "The HTTP status PortOne answers each error `type` with (`x-portone-status-code`).",
      (entry) => ({ type: String(entry.status), doc: [] }),
    ),
    picked(ERROR_TYPES, ERROR_TYPE_CATALOG, "The `…ErrorType` const of an error union of these types."),
    picked(
      ERROR_STATUSES,
      ERROR_STATUS_CATALOG,
      "The `…ErrorStatus` const of an error union of these types.",
    ),
  ];
}

/** `shared.ts`: the types every entry point of an API shares. */
export function sharedModuleText(model: ApiModel): string {
  const catalog = usedErrorCatalog(model);
  const operationInfo: StatementStructures = {
    kind: StructureKind.Interface,
    isExported: true,
    name: OPERATION_INFO,
    docs: [{ description: "One row of `operationTable`." }],
    properties: operationColumns(model.api).map((column) => ({
      name: column.name,
      isReadonly: true,
      type: column.type,
      docs: column.doc === undefined ? [] : [column.doc],
    })),
  };
  return printStatements([
    ...(model.unions.length > 0 ? unrecognizedStatements : []),
    ...(model.api === "v1" ? [envelopeStatement] : []),
    operationInfo,
    ...(model.calls.length > 0 ? [callOptionsStatement] : []),
    namedSchemaStatement,
    jsonResponseStatement,
    ...(catalog ? errorCatalogStatements(catalog) : []),
  ]);
}
