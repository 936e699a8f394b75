import { SpecError, type SpecIssue } from "../errors.js";
import type { SpecWarning } from "../warnings.js";
import { escapePointerToken } from "./json-pointer.js";

/**
 * OpenAPI Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0.html): the facts PortOne's
 * guides state but its spec does not (the PG-specific `bypass` keys), applied to a copy of the
 * spec before the model is built, so every output reads them the same way.
 *
 * Targets are the part of JSONPath an overlay of a known document needs: `$`, child names
 * (`.name`, `['name']`) and the wildcard (`.*`, `[*]`). Anything else is an error rather than a
 * guess, as is an action that is neither `update` nor `remove`.
 */
export interface OverlayResult {
  readonly document: unknown;
  /** Actions whose target matched nothing: the spec changed under the overlay. */
  readonly warnings: readonly SpecWarning[];
}

type Segment = { readonly name: string } | "*";

const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\.\*|\[\*\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\])/;

/** The target's segments, or why it is outside the subset. */
function parseTarget(target: string): Segment[] | string {
  if (!target.startsWith("$")) return "a target starts with `$`";
  const segments: Segment[] = [];
  let rest = target.slice(1);
  while (rest !== "") {
    const match = SEGMENT.exec(rest);
    if (!match) return `unsupported JSONPath at "${rest.slice(0, 40)}" (child names and * only)`;
    const quoted = match[2] ?? match[3];
    const name = match[1] ?? (quoted === undefined ? undefined : quoted.replace(/\\(.)/g, "$1"));
    segments.push(name === undefined ? "*" : { name });
    rest = rest.slice(match[0].length);
  }
  return segments;
}

interface Match {
  readonly parent: Record<string, unknown> | unknown[] | undefined;
  readonly key: string;
  readonly value: unknown;
  readonly pointer: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The children a segment selects: all of them for `*`, else the one of that name (looked up, not searched). */
function children(value: unknown, segment: Segment): [string, unknown][] {
  if (segment !== "*") {
    const { name } = segment;
    if (Array.isArray(value)) {
      const index = Number(name);
      return String(index) === name && index >= 0 && index < value.length ? [[name, value[index]]] : [];
    }
    return isObject(value) && Object.hasOwn(value, name) ? [[name, value[name]]] : [];
  }
  if (Array.isArray(value)) return value.map((item, index) => [String(index), item]);
  return isObject(value) ? Object.entries(value) : [];
}

function select(root: unknown, segments: readonly Segment[]): Match[] {
  let matches: Match[] = [{ parent: undefined, key: "", value: root, pointer: "" }];
  for (const segment of segments) {
    matches = matches.flatMap((match) =>
      children(match.value, segment).map(([key, value]) => ({
        parent: match.value as Match["parent"],
        key,
        value,
        pointer: `${match.pointer}/${escapePointerToken(key)}`,
      })),
    );
  }
  return matches;
}

/** Overlay 1.0's merge: objects recursively, arrays appended, anything else replaced. */
function merge(target: unknown, update: unknown): unknown {
  if (Array.isArray(target)) return [...target, ...(Array.isArray(update) ? update : [update])];
  if (!isObject(target) || !isObject(update)) return structuredClone(update);
  const merged: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(update)) {
    setOwn(merged, key, Object.hasOwn(merged, key) ? merge(merged[key], value) : structuredClone(value));
  }
  return merged;
}

/** An own data property even where the key is `__proto__`: a spec's keys never reach a prototype. */
function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function replace(match: Match, value: unknown): void {
  if (Array.isArray(match.parent)) match.parent[Number(match.key)] = value;
  else if (match.parent) setOwn(match.parent, match.key, value);
}

function remove(match: Match): void {
  if (Array.isArray(match.parent)) match.parent.splice(Number(match.key), 1);
  else if (match.parent) delete match.parent[match.key];
}

/** The overlay's actions, in order, on a copy of `document`; the document given is untouched. */
export function applyOverlay(document: unknown, overlay: unknown, overlayFile: string): OverlayResult {
  const at = (pointer: string, message: string): SpecIssue => ({ file: overlayFile, pointer, message });
  if (!isObject(overlay) || typeof overlay.overlay !== "string" || !/^1\.0\.\d+$/.test(overlay.overlay))
    throw new SpecError([at("/overlay", "not an OpenAPI Overlay 1.0 document (`overlay: 1.0.x`)")]);
  if (!Array.isArray(overlay.actions))
    throw new SpecError([at("/actions", "an overlay lists its `actions`")]);
  let result = structuredClone(document);
  const warnings: SpecWarning[] = [];
  overlay.actions.forEach((action: unknown, index) => {
    const pointer = `/actions/${index}`;
    if (!isObject(action) || typeof action.target !== "string")
      throw new SpecError([at(pointer, "an action has a string `target`")]);
    const segments = parseTarget(action.target);
    if (typeof segments === "string") throw new SpecError([at(`${pointer}/target`, segments)]);
    const removes = action.remove === true;
    if (removes === "update" in action)
      throw new SpecError([
        at(pointer, "an action either updates or removes (`remove: true`), not both or neither"),
      ]);
    const matches = select(result, segments);
    if (matches.length === 0) {
      warnings.push({
        file: overlayFile,
        pointer: `${pointer}/target`,
        message: `${action.target} matches nothing in the spec`,
      });
      return;
    }
    // Deepest and last first, so removing one array item leaves the other matches' indices valid.
    for (const match of [...matches].reverse()) {
      if (removes) {
        if (match.parent === undefined)
          throw new SpecError([at(pointer, "the whole document cannot be removed")]);
        remove(match);
      } else if (match.parent === undefined) {
        result = merge(result, action.update);
      } else {
        replace(match, merge(match.value, action.update));
      }
    }
  });
  return { document: result, warnings };
}
