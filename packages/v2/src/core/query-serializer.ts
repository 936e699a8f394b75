import { createQuerySerializer } from "openapi-fetch";

/**
 * The query string: PortOne's query-or-body parameters (`requestBody`) carry their object as
 * one JSON string, as PortOne documents; everything else is serialized as openapi-fetch does.
 */
export function createPortOneQuerySerializer(
  jsonParameters: ReadonlySet<string>,
): (query: Record<string, unknown>) => string {
  const serializeRest = createQuerySerializer();
  return (query) => {
    // Most queries hold no JSON parameter; those go to openapi-fetch's serializer untouched.
    let rest = query;
    const json: string[] = [];
    for (const name of jsonParameters) {
      const value = query[name];
      if (value === undefined) continue;
      if (rest === query) rest = { ...query };
      delete rest[name];
      // Already-encoded JSON passes as is, so a caller holding a string is not double-encoded.
      const text = typeof value === "string" ? value : JSON.stringify(value);
      json.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
    }
    const serialized = serializeRest(rest);
    return json.length === 0 ? serialized : [serialized, ...json].filter((part) => part !== "").join("&");
  };
}
