/**
 * The smallest input the real spec accepts for an operation, built from its JSON schemas:
 * required fields only, the first enum value, the first case of a union. For the Prism sweep,
 * which calls every operation with it.
 */
type Json = Record<string, any>;

function resolve(spec: Json, node: Json | undefined): Json {
  let current = node ?? {};
  while (typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((value: Json, key: string) => value[key], spec);
  }
  return current;
}

export function minimalValue(spec: Json, node: Json | undefined, depth = 0): unknown {
  const schema = resolve(spec, node);
  if (depth > 20) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part: Json) => minimalValue(spec, part, depth + 1)));
  }
  const cases = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(cases)) return minimalValue(spec, cases[0], depth + 1);
  switch (schema.type) {
    case "string":
      if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
      if (schema.format === "date") return "2026-01-01";
      return "x";
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => minimalValue(spec, schema.items, depth + 1));
    default: {
      const value: Json = {};
      for (const name of schema.required ?? []) {
        value[name] = minimalValue(spec, schema.properties?.[name], depth + 1);
      }
      return value;
    }
  }
}

/** The flat input of `operationId` (path, required query, required body fields), as the operation style takes it. */
export function minimalInput(
  spec: Json,
  path: string,
  method: string,
  options: { readonly everyQueryBodyField?: boolean } = {},
): Record<string, unknown> {
  const operation = spec.paths[path][method];
  const input: Record<string, unknown> = {};
  let body: Json | undefined;
  let queryBody = false;
  for (const raw of operation.parameters ?? []) {
    const parameter = resolve(spec, raw);
    if (parameter["x-portone-query-or-body"]) {
      body = parameter.content?.["application/json"]?.schema;
      queryBody = true;
      continue;
    }
    if (parameter.in === "path") {
      const schema = resolve(spec, parameter.schema);
      input[parameter.name] = Array.isArray(schema.enum) ? schema.enum[0] : `${parameter.name}-1`;
    } else if (parameter.required && parameter.name !== "storeId") {
      input[parameter.name] = minimalValue(
        spec,
        parameter.schema ?? parameter.content?.["application/json"]?.schema,
      );
    }
  }
  body ??= resolve(spec, operation.requestBody).content?.["application/json"]?.schema;
  const fields = body ? (minimalValue(spec, body) as Json) : {};
  // Every top-level field of a JSON query body, so there is one to validate against its schema.
  if (body && queryBody && options.everyQueryBodyField) {
    const schema = resolve(spec, body);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      fields[name] ??= minimalValue(spec, property as Json);
    }
  }
  for (const [name, value] of Object.entries(fields)) if (name !== "storeId") input[name] = value;
  return input;
}
