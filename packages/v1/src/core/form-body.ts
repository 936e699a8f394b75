/**
 * A form-urlencoded body as V1 reads it: scalars as text, objects and arrays (`bypass`) as
 * JSON strings, as PortOne's V1 guide says; absent values left out.
 */
export function formBody(body: unknown): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    form.append(name, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form.toString();
}
