import { UsageError } from "../errors.js";
import { localRefPointer, resolvePointer, unescapePointerToken } from "../load/json-pointer.js";
import { isObject, type JsonObject } from "./spec-context.js";

/** Every path: the scope that keeps a spec whole. */
export const EVERYTHING: readonly string[] = ["**"];

/** A path glob: `*` matches within one segment, `**` across segments; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${pattern}$`);
}

function collectRefs(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.push(value);
      else collectRefs(value, into);
    }
  }
}

/**
 * Keeps only the paths `include` matches and the schemas they reach (under `schemasPointer`:
 * `/definitions` in Swagger 2.0, `/components/schemas` in OpenAPI 3), in place. A pattern that
 * matches no path is an error, since it is most likely a typo.
 */
export function applyScope(
  document: JsonObject,
  include: readonly string[],
  file: string,
  schemasPointer: string,
): void {
  if (include.length === 1 && include[0] === "**") return;
  const paths = isObject(document.paths) ? document.paths : {};
  const patterns = include.map((glob) => ({ glob, regexp: globToRegExp(glob), used: false }));
  for (const path of Object.keys(paths)) {
    const matching = patterns.filter((pattern) => pattern.regexp.test(path));
    for (const pattern of matching) pattern.used = true;
    if (matching.length === 0) delete paths[path];
  }
  const unused = patterns.filter((pattern) => !pattern.used).map((pattern) => pattern.glob);
  if (unused.length > 0) {
    throw new UsageError(
      `${file}: include pattern${unused.length > 1 ? "s" : ""} ${unused.map((glob) => `"${glob}"`).join(", ")} match no path`,
    );
  }

  const schemas = resolvePointer(document, schemasPointer);
  if (!isObject(schemas)) return;
  const prefix = `${schemasPointer}/`;
  const reached = new Set<string>();
  const pending: string[] = [];
  collectRefs(paths, pending);
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const pointer = localRefPointer(ref);
    if (!pointer?.startsWith(prefix)) continue;
    const name = unescapePointerToken(pointer.slice(prefix.length).split("/")[0] ?? "");
    if (reached.has(name)) continue;
    reached.add(name);
    collectRefs(schemas[name], pending);
  }
  for (const name of Object.keys(schemas)) {
    if (!reached.has(name)) delete schemas[name];
  }
}
