import { isObject, type JsonObject } from "../model/spec-context.js";

/**
 * What an operation requires of a client to authenticate, as one comparable line: its
 * requirement alternatives (the operation's `security`, else the document's), each the schemes
 * it combines, each as the wire sees it (type, HTTP scheme, where an API key goes). Descriptions
 * are not part of it: rewording one is documentation. `none` for an operation open to all.
 */
export function securityOf(document: JsonObject, operation: JsonObject): string {
  const requirements = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(document.security)
      ? document.security
      : [];
  const components = isObject(document.components) ? document.components : {};
  const schemes = (
    isObject(components.securitySchemes)
      ? components.securitySchemes
      : isObject(document.securityDefinitions)
        ? document.securityDefinitions
        : {}
  ) as JsonObject;
  const describe = (name: string): string => {
    const scheme = schemes[name];
    if (!isObject(scheme)) return `${name} (undefined)`;
    const parts = [
      scheme.type,
      typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined,
      scheme.in,
      scheme.name,
    ]
      .filter((part) => typeof part === "string")
      .join(" ");
    return `${name}: ${parts}`;
  };
  const alternatives = requirements
    .filter(isObject)
    .map((requirement) => Object.keys(requirement).sort().map(describe).join(" + ") || "none")
    .sort();
  return alternatives.length === 0 ? "none" : [...new Set(alternatives)].join(" | ");
}
