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

/**
 * Every path value escaped as one segment: `a/b` stays in its segment, `?`, `#` and Korean
 * text are encoded. A scan rather than a regular expression with a callback: it runs on every
 * call, and the scan costs a fraction (bench/request).
 */
export function segmentPathSerializer(pathname: string, path: Record<string, unknown>): string {
  let serialized = "";
  let done = 0;
  for (let open = pathname.indexOf("{"); open !== -1; open = pathname.indexOf("{", done)) {
    const close = pathname.indexOf("}", open + 1);
    if (close === -1) break;
    const name = pathname.slice(open + 1, close);
    const value = path[name];
    // A `{` inside the name is not a placeholder's start: look again from there.
    if (name === "" || name.includes("{")) {
      serialized += pathname.slice(done, open + 1);
      done = open + 1;
      continue;
    }
    serialized += pathname.slice(done, open);
    serialized += value === undefined || value === null ? `{${name}}` : encodeURIComponent(String(value));
    done = close + 1;
  }
  return serialized + pathname.slice(done);
}
