import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { StatementStructures } from "ts-morph";
import type { ApiModel, ErrorUnion } from "../model/model.js";
import { errorStatusConstName, errorTypeConstName, exportNameOfSchema } from "../model/names.js";
import { constObject } from "./enums.js";
import { docLines } from "./jsdoc.js";
import { schemaSubject, type ModuleTemplate } from "./sections.js";
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
    docs: [{ description }],
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
          value: JSON.stringify(errorCase.type),
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
        docs: [{ description: `A \`type\` of \`${unionName}\`.` }],
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

/** `errors.ts`: for each per-operation error union, its `type` tags and their HTTP statuses as runtime consts. */
export function emitErrorsModule(model: ApiModel): ModuleTemplate {
  return {
    name: "errors",
    summary: "Each operation's error union as runtime consts: its `type` tags and their HTTP statuses.",
    sections: [statementSection(model.errorUnions.map(errorFragment))],
  };
}
