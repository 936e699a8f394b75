import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { StatementStructures } from "ts-morph";
import type { ApiModel, ErrorUnion, Operation } from "../model/model.js";
import {
  errorStatusConstName,
  errorTypeConstName,
  exportNameOfSchema,
  failureStatusConstName,
} from "../model/names.js";
import { constObject } from "./enums.js";
import { blockCommentLines, propertyKey, stringLiteral } from "./escape.js";
import { docLines, docText } from "./jsdoc.js";
import { laidOutAlias, laidOutConst, laidOutStatements } from "./laid-out.js";
import { operationSubject, schemaSubject, type ModuleTemplate } from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";

type ConstEntries = Parameters<typeof constObject>[0];

function constStatement(name: string, description: string, entries: ConstEntries): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docText(description),
    declarations: [{ name, initializer: constObject(entries) }],
  };
}

/** `export type Name = (typeof Name)[keyof typeof Name];` for a const of these entries. */
function valuesStatement(name: string, description: string): StatementStructures {
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    docs: docText(description),
    type: `(typeof ${name})[keyof typeof ${name}]`,
  };
}

/** A const and then, if `valuesDescription` is given, the type of its values: laid out when they can be. */
function constFragmentStatements(
  consts: readonly { name: string; description: string; entries: ConstEntries; valuesDescription?: string }[],
): StatementFragment["statements"] {
  const laidOut = laidOutStatements(
    consts.flatMap(({ name, description, entries, valuesDescription }) => [
      laidOutConst(
        name,
        blockCommentLines(description),
        entries.map((entry) => ({ ...entry, key: propertyKey(entry.key) })),
      ),
      ...(valuesDescription === undefined
        ? []
        : [
            laidOutAlias(
              name,
              blockCommentLines(valuesDescription),
              `(typeof ${name})[keyof typeof ${name}]`,
            ),
          ]),
    ]),
  );
  if (laidOut !== undefined) return { laidOut };
  return consts.flatMap(({ name, description, entries, valuesDescription }) => [
    constStatement(name, description, entries),
    ...(valuesDescription === undefined ? [] : [valuesStatement(name, valuesDescription)]),
  ]);
}

function errorFragment(errorUnion: ErrorUnion): StatementFragment {
  const unionName = exportNameOfSchema(errorUnion.name);
  const typeName = errorTypeConstName(unionName);
  return {
    key: schemaSubject(errorUnion.name),
    statements: constFragmentStatements([
      {
        name: typeName,
        description: `The \`type\` of each error in \`${unionName}\`.`,
        entries: errorUnion.cases.map((errorCase) => ({
          key: errorCase.type,
          value: stringLiteral(errorCase.type),
          doc: docLines({
            ...errorCase.docs,
            title: `${errorCase.docs.title ?? errorCase.type} (HTTP ${errorCase.status})`,
          }),
        })),
        valuesDescription: `A \`type\` of \`${unionName}\`.`,
      },
      {
        name: errorStatusConstName(unionName),
        description: `The HTTP status PortOne answers each \`${unionName}\` with (\`x-portone-status-code\`).`,
        entries: errorUnion.cases.map((errorCase) => ({
          key: errorCase.type,
          value: String(errorCase.status),
          doc: [],
        })),
      },
    ]),
    uses: [],
  };
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
  const failing = model.operations.filter((operation) => (operation.failures ?? []).length > 0);
  return {
    name: "errors",
    summary:
      model.api === "v1"
        ? "Each operation's documented failure statuses as runtime consts."
        : "Each operation's error union as runtime consts: its `type` tags and their HTTP statuses.",
    sections: [statementSection([...model.errorUnions.map(errorFragment), ...failing.map(failureFragment)])],
  };
}
