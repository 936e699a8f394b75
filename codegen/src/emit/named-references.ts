import ts from "typescript";
import type { ApiModel } from "../model/model.js";

/**
 * openapi-typescript's references between schemas (`components["schemas"]["X"]`) written as
 * X's exported name, which `types.ts` or `enums.ts` of the same entry point declares. Two things
 * follow: the compiler parses one identifier where it parsed an indexed access of an indexed
 * access (the schema module is most of what a consumer's compile reads), and path-style hovers
 * and compiler messages name the types (`PaymentAmount`) where they printed their structure.
 * The types are the same: each name is `components["schemas"]["X"]`, or an interface that
 * extends it and adds nothing.
 */
export interface NamedReferences {
  /** A reference to the schema by its exported name, noted as used. */
  reference(schemaName: string): ts.TypeNode;
  /** `nodes` with each `components["schemas"]["X"]` of a model schema written as a reference. */
  rewrite(nodes: readonly ts.Node[]): ts.Node[];
  /** The exported names `node` refers to through references made here, sorted. */
  namesIn(node: ts.Node): string[];
}

/** The schema name of `components["schemas"]["X"]`, else undefined. */
function componentsSchemaName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const { objectType, indexType } = node;
  const stringIndex = (type: ts.TypeNode) =>
    ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : undefined;
  if (!ts.isIndexedAccessTypeNode(objectType) || stringIndex(objectType.indexType) !== "schemas")
    return undefined;
  const base = objectType.objectType;
  if (!ts.isTypeReferenceNode(base) || !ts.isIdentifier(base.typeName) || base.typeName.text !== "components")
    return undefined;
  if (base.typeArguments !== undefined) return undefined;
  return stringIndex(indexType);
}

export function namedReferences(model: ApiModel): NamedReferences {
  const exportNames = new Map(model.schemas.map((schema) => [schema.name, schema.exportName]));
  // The nodes made here, so that a member's names are those it refers to, not any identifier.
  const made = new WeakMap<ts.Node, string>();
  const reference = (schemaName: string): ts.TypeNode => {
    const exportName = exportNames.get(schemaName);
    if (exportName === undefined) throw new Error(`internal: ${schemaName} is not a schema of the model`);
    const node = ts.factory.createTypeReferenceNode(exportName);
    made.set(node, exportName);
    return node;
  };
  const rewrite = (nodes: readonly ts.Node[]): ts.Node[] =>
    ts.transform(
      [...nodes],
      [
        (context) => {
          const visit: ts.Visitor = (node) => {
            const schemaName = componentsSchemaName(node);
            if (schemaName !== undefined && exportNames.has(schemaName)) return reference(schemaName);
            return ts.visitEachChild(node, visit, context);
          };
          return (root) => ts.visitNode(root, visit) as ts.Node;
        },
      ],
    ).transformed;
  const namesIn = (node: ts.Node): string[] => {
    const names = new Set<string>();
    const visit = (child: ts.Node): void => {
      const name = made.get(child);
      if (name !== undefined) names.add(name);
      ts.forEachChild(child, visit);
    };
    visit(node);
    return [...names].sort();
  };
  return { reference, rewrite, namesIn };
}
