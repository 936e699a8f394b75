import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { StatementStructures } from "ts-morph";
import type { ApiModel, ErrorUnion, Operation } from "../model/model.js";
import {
  errorStatusConstName,
  errorTypeConstName,
  exportNameOfSchema,
  failureStatusConstName,
} from "../model/names.js";
import { constObject, documentedObjectLiteral } from "./enums.js";
import { blockCommentLines, propertyKey, stringLiteral } from "./escape.js";
import { docLines, docText } from "./jsdoc.js";
import {
  catalogEntryOf,
  ERROR_STATUSES,
  ERROR_TYPES,
  errorCatalog,
  type ErrorCatalog,
} from "./error-catalog.js";
import { laidOutAlias, laidOutConst, laidOutLiteralUnion, laidOutStatements } from "./laid-out.js";
import { operationSubject, schemaSubject, type ModuleTemplate } from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";

type ConstEntries = Parameters<typeof constObject>[0];

/**
 * An exported const of documented entries: `{ … } as const`, or with `type` declared
 * (`ErrorTypes<XErrorType>`) the plain object, its type then documenting the entries.
 */
interface ConstDeclaration {
  readonly name: string;
  readonly description: string;
  readonly entries: ConstEntries;
  readonly type?: string;
}

function constStatement({ name, description, entries, type }: ConstDeclaration): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docText(description),
    declarations: [
      type === undefined
        ? { name, initializer: constObject(entries) }
        : { name, type, initializer: documentedObjectLiteral(entries) },
    ],
  };
}

const laidOutConstDeclaration = ({ name, description, entries, type }: ConstDeclaration) =>
  laidOutConst(
    name,
    blockCommentLines(description),
    entries.map((entry) => ({ ...entry, key: propertyKey(entry.key) })),
    type,
  );

/** `export type Name = Type;`, documented. */
function typeAliasStatement(name: string, description: string, type: string): StatementStructures {
  return { kind: StructureKind.TypeAlias, isExported: true, name, docs: docText(description), type };
}

/** The type of the values of const `name`. */
const valuesOf = (name: string) => `(typeof ${name})[keyof typeof ${name}]`;

/** A const and then, if `valuesDescription` is given, the type of its values: laid out when they can be. */
function constFragmentStatements(
  consts: readonly (ConstDeclaration & { valuesDescription?: string })[],
): StatementFragment["statements"] {
  const laidOut = laidOutStatements(
    consts.flatMap((declaration) => [
      laidOutConstDeclaration(declaration),
      ...(declaration.valuesDescription === undefined
        ? []
        : [
            laidOutAlias(
              declaration.name,
              blockCommentLines(declaration.valuesDescription),
              valuesOf(declaration.name),
            ),
          ]),
    ]),
  );
  if (laidOut !== undefined) return { laidOut };
  return consts.flatMap((declaration) => [
    constStatement(declaration),
    ...(declaration.valuesDescription === undefined
      ? []
      : [typeAliasStatement(declaration.name, declaration.valuesDescription, valuesOf(declaration.name))]),
  ]);
}

/**
 * An error union's consts with their own documented entries: for a union whose types the
 * catalog does not describe as its cases do (see ErrorCatalog).
 */
function ownErrorFragment(errorUnion: ErrorUnion): StatementFragment {
  const unionName = exportNameOfSchema(errorUnion.name);
  const typeName = errorTypeConstName(unionName);
  return {
    key: schemaSubject(errorUnion.name),
    statements: constFragmentStatements([
      {
        name: typeName,
        description: typeConstDescription(unionName),
        entries: errorUnion.cases.map((errorCase) => ({
          key: errorCase.type,
          value: stringLiteral(errorCase.type),
          doc: catalogEntryOf(errorCase).doc,
        })),
        valuesDescription: typeAliasDescription(unionName),
      },
      {
        name: errorStatusConstName(unionName),
        description: statusConstDescription(unionName),
        entries: statusEntries(errorUnion),
      },
    ]),
    uses: [],
  };
}

const typeConstDescription = (unionName: string) => `The \`type\` of each error in \`${unionName}\`.`;
const typeAliasDescription = (unionName: string) => `A \`type\` of \`${unionName}\`.`;
const statusConstDescription = (unionName: string) =>
  `The HTTP status PortOne answers each \`${unionName}\` with (\`x-portone-status-code\`).`;
const statusEntries = (errorUnion: ErrorUnion): ConstEntries =>
  errorUnion.cases.map((errorCase) => ({ key: errorCase.type, value: String(errorCase.status), doc: [] }));

/**
 * An error union's consts declared as picks of the catalog in `shared.ts`, which documents
 * each type once: `export const XErrorType: ErrorTypes<XErrorType> = { … }`, the type alias
 * its literal union, `XErrorStatus: ErrorStatuses<XErrorType>`.
 */
function cataloguedErrorFragment(errorUnion: ErrorUnion): StatementFragment {
  const unionName = exportNameOfSchema(errorUnion.name);
  const typeName = errorTypeConstName(unionName);
  const statusName = errorStatusConstName(unionName);
  const typeEntries = errorUnion.cases.map((errorCase) => ({
    key: errorCase.type,
    value: stringLiteral(errorCase.type),
    doc: [],
  }));
  const literals = errorUnion.cases.map((errorCase) => stringLiteral(errorCase.type));
  const typeConst: ConstDeclaration = {
    name: typeName,
    description: typeConstDescription(unionName),
    entries: typeEntries,
    type: `${ERROR_TYPES}<${typeName}>`,
  };
  const statusConst: ConstDeclaration = {
    name: statusName,
    description: statusConstDescription(unionName),
    entries: statusEntries(errorUnion),
    type: `${ERROR_STATUSES}<${typeName}>`,
  };
  const aliasDescription = typeAliasDescription(unionName);
  const aliasDoc = blockCommentLines(aliasDescription);
  const [onlyLiteral] = literals;
  const laidOut = laidOutStatements([
    laidOutConstDeclaration(typeConst),
    literals.length === 1 && onlyLiteral !== undefined
      ? laidOutAlias(typeName, aliasDoc, onlyLiteral)
      : laidOutLiteralUnion(typeName, aliasDoc, literals),
    laidOutConstDeclaration(statusConst),
  ]);
  const uses = [ERROR_TYPES, ERROR_STATUSES];
  const key = schemaSubject(errorUnion.name);
  if (laidOut !== undefined) return { key, statements: { laidOut }, uses };
  return {
    key,
    statements: [
      constStatement(typeConst),
      typeAliasStatement(typeName, aliasDescription, literals.join(" | ")),
      constStatement(statusConst),
    ],
    uses,
  };
}

function errorFragment(errorUnion: ErrorUnion, catalog: ErrorCatalog): StatementFragment {
  return catalog.catalogued(errorUnion) ? cataloguedErrorFragment(errorUnion) : ownErrorFragment(errorUnion);
}

/** V1: an operation's documented failure statuses, by reason, each described (`BAD_REQUEST: 400`). */
function failureFragment(operation: Operation): StatementFragment {
  const name = failureStatusConstName(operation.operationId);
  const title = operation.docs.title === undefined ? "" : ` (${operation.docs.title})`;
  return {
    key: operationSubject(operation.operationId),
    statements: constFragmentStatements([
      {
        name,
        description: `The HTTP statuses \`${operation.operationId}\`${title} documents for its failures.`,
        entries: (operation.failures ?? []).map((failure) => ({
          key: failure.reason,
          value: String(failure.status),
          doc: docLines(failure.docs),
        })),
        valuesDescription: `A documented failure status of \`${operation.operationId}\`.`,
      },
    ]),
    uses: [],
  };
}

/**
 * `errors.ts`: V2's per-operation error unions as runtime consts of their `type` tags and
 * HTTP statuses; V1's documented failure statuses per operation.
 */
export function emitErrorsModule(model: ApiModel): ModuleTemplate {
  const catalog = errorCatalog(model);
  const failing = model.operations.filter((operation) => (operation.failures ?? []).length > 0);
  return {
    name: "errors",
    summary:
      model.api === "v1"
        ? "Each operation's documented failure statuses as runtime consts."
        : "Each operation's error union as runtime consts: its `type` tags and their HTTP statuses.",
    sections: [
      statementSection([
        ...model.errorUnions.map((errorUnion) => errorFragment(errorUnion, catalog)),
        ...failing.map(failureFragment),
      ]),
    ],
  };
}
