import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { WriterFunction } from "ts-morph";
import type { ApiModel, StringEnum } from "../model/model.js";
import { exportNameOfSchema } from "../model/names.js";
import { propertyKey, stringLiteral } from "./escape.js";
import { blockComment, docLines, jsDoc } from "./jsdoc.js";
import { laidOutAlias, laidOutConst, laidOutStatements } from "./laid-out.js";
import { schemaSubject, type ModuleTemplate } from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";
import { componentsRef } from "./type-aliases.js";

/** `{ /** doc *\/ KEY: value, … }` with each entry documented, written as ts-morph writes text. */
export function documentedObjectLiteral(
  entries: readonly { key: string; value: string; doc: readonly string[] }[],
): WriterFunction {
  return (writer) => {
    writer.write("{").newLine();
    for (const entry of entries) {
      if (entry.doc.length > 0) writer.writeLine(blockComment(entry.doc));
      writer.writeLine(`${propertyKey(entry.key)}: ${entry.value},`);
    }
    writer.write("}");
  };
}

/** The same object literal followed by `as const`. */
export function constObject(entries: Parameters<typeof documentedObjectLiteral>[0]): WriterFunction {
  return (writer) => {
    documentedObjectLiteral(entries)(writer);
    writer.write(" as const");
  };
}

function enumFragment(stringEnum: StringEnum, schemaDocs: Parameters<typeof jsDoc>[0]): StatementFragment {
  const name = exportNameOfSchema(stringEnum.name);
  const entries = stringEnum.values.map((value) => ({
    key: value.value,
    value: stringLiteral(value.value),
    doc: docLines(value.docs),
  }));
  const typeDoc = ["Open: values PortOne adds later are plain strings, so they type-check too."];
  const laidOut = laidOutStatements([
    laidOutConst(
      name,
      docLines(schemaDocs),
      entries.map((entry) => ({ ...entry, key: propertyKey(entry.key) })),
    ),
    laidOutAlias(name, docLines(schemaDocs, typeDoc), componentsRef(stringEnum.name)),
  ]);
  if (laidOut !== undefined)
    return { key: schemaSubject(stringEnum.name), statements: { laidOut }, uses: ["components"] };
  return {
    key: schemaSubject(stringEnum.name),
    statements: [
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: jsDoc(schemaDocs),
        declarations: [{ name, initializer: constObject(entries) }],
      },
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name,
        docs: jsDoc(schemaDocs, typeDoc),
        type: componentsRef(stringEnum.name),
      },
    ],
    uses: ["components"],
  };
}

/** `enums.ts`: each string enum as a runtime const of its documented values plus an open union type. */
export function emitEnumsModule(model: ApiModel): ModuleTemplate {
  const docsOf = new Map(model.schemas.map((schema) => [schema.name, schema.docs]));
  return {
    name: "enums",
    summary: "Every string enum as a runtime const of its values and an open union type.",
    sections: [
      statementSection(
        model.enums.map((stringEnum) => enumFragment(stringEnum, docsOf.get(stringEnum.name) ?? {})),
      ),
    ],
  };
}
