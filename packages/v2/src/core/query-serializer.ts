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
    const rest: Record<string, unknown> = {};
    const json: string[] = [];
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (jsonParameters.has(name)) {
        // Already-encoded JSON passes as is, so a caller holding a string is not double-encoded.
        const text = typeof value === "string" ? value : JSON.stringify(value);
        json.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
      } else {
        rest[name] = value;
      }
    }
    return [serializeRest(rest), ...json].filter((part) => part !== "").join("&");
  };
}
