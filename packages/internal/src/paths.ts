/**
 * Why a path value cannot be sent, or undefined when it can. Values are escaped into one
 * segment, but a whole segment of `.` or `..` (or an empty one) is resolved by every URL
 * parser however it is escaped, and would send the call to another path.
 */
export function unsafePathValue(name: string, value: unknown): string | undefined {
  const text = String(value);
  if (text === "" || text === "." || text === "..") {
    return `path parameter ${name} cannot be ${JSON.stringify(text)}: it would change the request's path`;
  }
  return undefined;
}

/** Every path value escaped as one segment: `a/b` stays in its segment, `?`, `#` and Korean text are encoded. */
export function segmentPathSerializer(pathname: string, path: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (placeholder, name: string) =>
    path[name] === undefined || path[name] === null ? placeholder : encodeURIComponent(String(path[name])),
  );
}
