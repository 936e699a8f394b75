import { appendPointer } from "../load/json-pointer.js";
import { DOCUMENTATION_KEYS } from "../model/docs.js";
import { isObject, type JsonObject } from "../model/spec-context.js";
import { recorder, type Change, type Side, type Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { documentation } from "./rules/document-rules.js";
import { errorStatusChanged } from "./rules/response-rules.js";
import { perPgChanged } from "./rules/schema-rules.js";

/** Equal as JSON; most annotations are absent or identical strings, so the common case is cheap. */
export const sameJson = (a: unknown, b: unknown) =>
  a === b ||
  (typeof a === "object" &&
    a !== null &&
    typeof b === "object" &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b));

export const pointerTo = (pointer: string | undefined, ...tokens: string[]) =>
  pointer === undefined ? undefined : appendPointer(pointer, ...tokens);

/**
 * The pointers of `key` in each side's node, or of the node itself on a side that has no `key`,
 * so each resolves in its document.
 */
export function keyPointers(
  where: Where,
  oldNode: JsonObject,
  newNode: JsonObject,
  key: string,
): Change["pointers"] {
  const at = (pointer: string | undefined, node: JsonObject) =>
    node[key] === undefined ? pointer : pointerTo(pointer, key);
  return { old: at(where.oldPointer, oldNode), new: at(where.newPointer, newNode) };
}

/**
 * The PGs a V1 `x-portone-per-pg` extension makes a field required for: its structure. The rest
 * is per-PG prose (and the published files carry typos such as `requiqred`).
 */
function pgsRequiring(node: JsonObject): string[] {
  const perPg = isObject(node["x-portone-per-pg"]) ? node["x-portone-per-pg"] : {};
  return Object.entries(perPg)
    .filter(([, rule]) => isObject(rule) && (rule.required === true || rule.requiqred === true))
    .map(([pg]) => pg)
    .sort();
}

/** How the per-PG rules changed: not at all, only in prose, or in which PGs require the field. */
function perPgChange(
  oldNode: JsonObject,
  newNode: JsonObject,
): "none" | "prose" | { nowRequired: string[]; noLonger: string[] } {
  // V2 and most of V1 have no per-PG rules: the common case costs nothing.
  if (sameJson(oldNode["x-portone-per-pg"], newNode["x-portone-per-pg"])) return "none";
  const [oldPgs, newPgs] = [pgsRequiring(oldNode), pgsRequiring(newNode)];
  const nowRequired = newPgs.filter((pg) => !oldPgs.includes(pg));
  const noLonger = oldPgs.filter((pg) => !newPgs.includes(pg));
  return nowRequired.length + noLonger.length === 0 ? "prose" : { nowRequired, noLonger };
}

/**
 * Compares what a schema or parameter says beside its shape: documentation (kept apart from
 * structural changes), the per-PG requirements of V1's `x-portone-per-pg`, and the HTTP status
 * an error type is sent with (`x-portone-status-code`).
 */
export function compareAnnotations(
  context: CompareContext,
  oldNode: JsonObject,
  newNode: JsonObject,
  where: Where,
  side: Side,
): string[] {
  const ids: string[] = [];
  const record = recorder(context.log, where, side, ids);
  const changedDocs = DOCUMENTATION_KEYS.filter((field) => !sameJson(oldNode[field], newNode[field]));
  const perPg = perPgChange(oldNode, newNode);
  if (perPg === "prose") changedDocs.push("x-portone-per-pg");
  else if (perPg !== "none") {
    record(
      perPgChanged,
      { nowRequiredFor: perPg.nowRequired, noLongerRequiredFor: perPg.noLonger },
      keyPointers(where, oldNode, newNode, "x-portone-per-pg"),
    );
  }
  const [oldStatus, newStatus] = [oldNode["x-portone-status-code"], newNode["x-portone-status-code"]];
  if (!sameJson(oldStatus, newStatus))
    record(
      errorStatusChanged,
      { old: oldStatus ?? null, new: newStatus ?? null },
      keyPointers(where, oldNode, newNode, "x-portone-status-code"),
    );
  if (changedDocs.length > 0) record(documentation, { fields: changedDocs });
  return ids;
}
