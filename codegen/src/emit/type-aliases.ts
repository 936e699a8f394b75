import { StructureKind } from "./ts-morph.js";
import type { StatementStructures } from "ts-morph";
import type { ApiModel, DiscriminatedUnion, SchemaInfo } from "../model/model.js";
import { unrecognizedGuardName } from "../model/names.js";
import { propertyAccess, stringLiteral } from "./escape.js";
import { OPEN_UNION, UNRECOGNIZED_VARIANT } from "./base-types.js";
import { NAMED_SCHEMA } from "./shared-module.js";
import { docLines, docText, jsDoc } from "./jsdoc.js";
import { laidOutAlias, laidOutExtendingInterface } from "./laid-out.js";
import type { ModuleTemplate } from "./sections.js";
import { schemaSubject } from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";

export const componentsRef = (schemaName: string): string =>
  `components["schemas"][${stringLiteral(schemaName)}]`;

function unionCaseLines(union: DiscriminatedUnion, exportNameOf: ReadonlyMap<string, string>): string[] {
  return [
    `Cases by \`${union.tagProperty}\` (narrow with \`switch\`; PortOne may add more, see \`${unrecognizedGuardName(exportNameOf.get(union.name) ?? union.name)}\`):`,
    ...union.variants.map((variant) => {
      const title = variant.docs.title === undefined ? "" : ` ${variant.docs.title}`;
      return `- \`${variant.tag}\`: {@link ${exportNameOf.get(variant.schema) ?? variant.schema}}${title}`;
    }),
  ];
}

function guardStatement(union: DiscriminatedUnion, exportName: string): StatementStructures {
  const tags = union.variants.map((variant) => stringLiteral(variant.tag)).join(", ");
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: unrecognizedGuardName(exportName),
    docs: docText(
      `Whether \`value\` is a case of {@link ${exportName}} that this version of the spec does not know.\n` +
        `PortOne adds cases without notice; at run time such a value has an unknown \`${union.tagProperty}\` string.`,
    ),
    parameters: [{ name: "value", type: exportName }],
    returnType: `value is Extract<${exportName}, ${UNRECOGNIZED_VARIANT}<${stringLiteral(union.tagProperty)}>>`,
    statements: `return !([${tags}] as readonly unknown[]).includes(${propertyAccess("value", union.tagProperty)});`,
  };
}

/** The cases by name, and the unrecognized one, which shares the fields every known case has. */
function unionType(union: DiscriminatedUnion, exportNameOf: ReadonlyMap<string, string>): string {
  const cases = [
    ...new Set(union.variants.map((variant) => exportNameOf.get(variant.schema) ?? variant.schema)),
  ];
  return `${OPEN_UNION}<${stringLiteral(union.tagProperty)}, ${cases.join(" | ")}>`;
}

function schemaFragment(
  schema: SchemaInfo,
  union: DiscriminatedUnion | undefined,
  exportNameOf: ReadonlyMap<string, string>,
): StatementFragment {
  if (!union) {
    const laidOut = schema.plainObject
      ? laidOutExtendingInterface(
          schema.exportName,
          docLines(schema.docs),
          NAMED_SCHEMA,
          componentsRef(schema.name),
        )
      : laidOutAlias(schema.exportName, docLines(schema.docs), componentsRef(schema.name));
    const uses = schema.plainObject ? ["components", NAMED_SCHEMA] : ["components"];
    if (laidOut !== undefined) return { key: schemaSubject(schema.name), statements: { laidOut }, uses };
  }
  const docs = jsDoc(schema.docs, union ? unionCaseLines(union, exportNameOf) : []);
  // Names of their own rather than aliases of `components[…]`, so compiler messages say
  // `Payment` and `CancelledPayment` where they would print the whole structure.
  const declaration: StatementStructures = union
    ? {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: schema.exportName,
        type: unionType(union, exportNameOf),
        docs,
      }
    : schema.plainObject
      ? {
          kind: StructureKind.Interface,
          isExported: true,
          name: schema.exportName,
          extends: [`${NAMED_SCHEMA}<${componentsRef(schema.name)}>`],
          docs,
        }
      : {
          kind: StructureKind.TypeAlias,
          isExported: true,
          name: schema.exportName,
          type: componentsRef(schema.name),
          docs,
        };
  return {
    key: schemaSubject(schema.name),
    statements: union ? [declaration, guardStatement(union, schema.exportName)] : [declaration],
    uses: union
      ? // Its cases are object schemas of this same module (a case that is not is a model error).
        [OPEN_UNION, UNRECOGNIZED_VARIANT]
      : schema.plainObject
        ? ["components", NAMED_SCHEMA]
        : ["components"],
  };
}

/** `types.ts`: every non-enum schema under its own name, and a type guard for the unrecognized case of each union. */
export function emitTypesModule(model: ApiModel): ModuleTemplate {
  const enumNames = new Set(model.enums.map((stringEnum) => stringEnum.name));
  const unions = new Map(model.unions.map((union) => [union.name, union]));
  const exportNameOf = new Map(model.schemas.map((schema) => [schema.name, schema.exportName]));
  const fragments = model.schemas
    .filter((schema) => !enumNames.has(schema.name))
    .map((schema) => schemaFragment(schema, unions.get(schema.name), exportNameOf));
  return {
    name: "types",
    summary: "Every schema under its own name; unions with a guard for cases PortOne adds later.",
    sections: [statementSection(fragments)],
  };
}
