/** RFC 6901 JSON pointers: the one way locations inside a spec are named. */

export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${escapePointerToken(token)}`).join("");
}

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + pointerOf(tokens);
}

/** Splits a local `$ref` (`#/components/schemas/Foo`) into its pointer, or undefined if it is not local. */
export function localRefPointer(ref: string): string | undefined {
  if (!ref.startsWith("#")) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  return pointer === "" || pointer.startsWith("/") ? pointer : undefined;
}

/** The value at `pointer` in `document`, or undefined when any step is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    if (node === null || typeof node !== "object") return undefined;
    const token = unescapePointerToken(raw);
    if (!Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** `#/components/schemas/Foo` → `Foo`; undefined for anything that is not a schema component ref. */
export function schemaNameOfRef(ref: string): string | undefined {
  const prefix = "#/components/schemas/";
  if (!ref.startsWith(prefix)) return undefined;
  const rest = ref.slice(prefix.length);
  return rest.includes("/") ? undefined : unescapePointerToken(decodeURIComponent(rest));
}

export function schemaRef(name: string): string {
  return `#/components/schemas/${escapePointerToken(name)}`;
}
