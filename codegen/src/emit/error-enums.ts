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
import { stringLiteral } from "./escape.js";
import { docLines, docText } from "./jsdoc.js";
import { operationSubject, schemaSubject, type ModuleTemplate } from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";

function constStatement(
  name: string,
  description: string,
  entries: Parameters<typeof constObject>[0],
): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docText(description),
    declarations: [{ name, initializer: constObject(entries) }],
  };
}

function errorFragment(errorUnion: ErrorUnion): StatementFragment {
  const unionName = exportNameOfSchema(errorUnion.name);
  const typeName = errorTypeConstName(unionName);
  return {
    key: schemaSubject(errorUnion.name),
    statements: [
      constStatement(
        typeName,
        `The \`type\` of each error in \`${unionName}\`.`,
        errorUnion.cases.map((errorCase) => ({
          key: errorCase.type,
          value: stringLiteral(errorCase.type),
          doc: docLines({
            ...errorCase.docs,
            title: `${errorCase.docs.title ?? errorCase.type} (HTTP ${errorCase.status})`,
          }),
        })),
      ),
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: typeName,
        docs: docText(`A \`type\` of \`${unionName}\`.`),
        type: `(typeof ${typeName})[keyof typeof ${typeName}]`,
      },
      constStatement(
        errorStatusConstName(unionName),
        `The HTTP status PortOne answers each \`${unionName}\` with (\`x-portone-status-code\`).`,
        errorUnion.cases.map((errorCase) => ({
          key: errorCase.type,
          value: String(errorCase.status),
          doc: [],
        })),
      ),
    ],
    uses: [],
  };
}

/** V1: an operation's documented failure statuses, by reason, each described (`BAD_REQUEST: 400`). */
function failureFragment(operation: Operation): StatementFragment {
  const name = failureStatusConstName(operation.operationId);
  const title = operation.docs.title === undefined ? "" : ` (${operation.docs.title})`;
  return {
    key: operationSubject(operation.operationId),
    statements: [
      constStatement(
        name,
        `The HTTP statuses \`${operation.operationId}\`${title} documents for its failures.`,
        (operation.failures ?? []).map((failure) => ({
          key: failure.reason,
          value: String(failure.status),
          doc: docLines(failure.docs),
        })),
      ),
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name,
        docs: docText(`A documented failure status of \`${operation.operationId}\`.`),
        type: `(typeof ${name})[keyof typeof ${name}]`,
      },
    ],
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
