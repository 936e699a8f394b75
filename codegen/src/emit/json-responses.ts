import ts from "typescript";

export const JSON_RESPONSE = "JsonResponse";

const JSON_MEDIA_TYPE = "application/json";

function propertyNamed(member: ts.TypeElement, name: string): member is ts.PropertySignature {
  return (
    ts.isPropertySignature(member) &&
    member.questionToken === undefined &&
    !member.modifiers?.length &&
    (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) &&
    member.name.text === name
  );
}

/** `{ [name: string]: unknown }`: openapi-typescript's headers of a response that declares none. */
function isAnyHeaders(type: ts.TypeNode | undefined): boolean {
  if (type === undefined || !ts.isTypeLiteralNode(type) || type.members.length !== 1) return false;
  const [member] = type.members;
  return (
    member !== undefined &&
    ts.isIndexSignatureDeclaration(member) &&
    !member.modifiers?.length &&
    member.parameters.length === 1 &&
    member.parameters[0]?.type?.kind === ts.SyntaxKind.StringKeyword &&
    member.type.kind === ts.SyntaxKind.UnknownKeyword
  );
}

/** The body type of `{ headers: { [name: string]: unknown }; content: { "application/json": Body } }`. */
function jsonBodyOf(response: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (response === undefined || !ts.isTypeLiteralNode(response) || response.members.length !== 2)
    return undefined;
  const [headers, content] = response.members;
  if (!headers || !content || !propertyNamed(headers, "headers") || !propertyNamed(content, "content"))
    return undefined;
  if (!isAnyHeaders(headers.type) || content.type === undefined || !ts.isTypeLiteralNode(content.type))
    return undefined;
  const [media, ...others] = content.type.members;
  return media && others.length === 0 && propertyNamed(media, JSON_MEDIA_TYPE) ? media.type : undefined;
}

/**
 * openapi-typescript's `operations` with every response that has only a JSON body written as
 * `JsonResponse<Body>` (the same type, declared once in shared.ts): a fifth of the V2 schema
 * module's lines were these blocks, repeated per status, which every compile parses and every
 * generation formats. A status keeps its doc comment; any other response shape is left as is.
 * Returns the ids of the operations that now refer to `JsonResponse`.
 */
export function withJsonResponses(nodes: readonly ts.Node[]): {
  nodes: ts.Node[];
  operationIds: Set<string>;
} {
  const operationIds = new Set<string>();
  const rewriteResponses = (responses: ts.TypeLiteralNode, record: () => void): ts.TypeLiteralNode => {
    let changed = false;
    const members = responses.members.map((status) => {
      const body = ts.isPropertySignature(status) ? jsonBodyOf(status.type) : undefined;
      if (!body || !ts.isPropertySignature(status)) return status;
      changed = true;
      const reference = ts.factory.createTypeReferenceNode(JSON_RESPONSE, [body]);
      return ts.factory.updatePropertySignature(
        status,
        status.modifiers,
        status.name,
        status.questionToken,
        reference,
      );
    });
    if (!changed) return responses;
    record();
    return ts.factory.updateTypeLiteralNode(responses, ts.factory.createNodeArray(members));
  };
  const rewriteOperation = (operation: ts.TypeElement): ts.TypeElement => {
    if (!ts.isPropertySignature(operation) || !operation.type || !ts.isTypeLiteralNode(operation.type))
      return operation;
    const name = operation.name;
    const operationId = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
    if (operationId === undefined) return operation;
    const fields = operation.type.members.map((field) =>
      propertyNamed(field, "responses") && field.type && ts.isTypeLiteralNode(field.type)
        ? ts.factory.updatePropertySignature(
            field,
            field.modifiers,
            field.name,
            field.questionToken,
            rewriteResponses(field.type, () => operationIds.add(operationId)),
          )
        : field,
    );
    return ts.factory.updatePropertySignature(
      operation,
      operation.modifiers,
      operation.name,
      operation.questionToken,
      ts.factory.updateTypeLiteralNode(operation.type, ts.factory.createNodeArray(fields)),
    );
  };
  const rewritten = nodes.map((node) =>
    ts.isInterfaceDeclaration(node) && node.name.text === "operations"
      ? ts.factory.updateInterfaceDeclaration(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          node.heritageClauses,
          node.members.map(rewriteOperation),
        )
      : node,
  );
  return { nodes: rewritten, operationIds };
}
