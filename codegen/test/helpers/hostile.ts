/**
 * Hostile copies of the fixture specs: every text the generator reads carries what could end a
 * comment or a string, break a line, or name an object's prototype. Each injected payload,
 * if it ever became code, would set `globalThis.__portoneTypedPwned`, which the test checks.
 */
import { V1_DOCS, V2_DOCS } from "../../src/model/docs.js";
import type { Json } from "./specs.js";

export const PWNED = "__portoneTypedPwned";

const RUN = `globalThis.${PWNED} = 1;`;

/** One string with every breakout we know: block and line comments, strings, templates, line terminators. */
export const HOSTILE_TEXT =
  `*/ ${RUN} /* \n${RUN} //\r${RUN} //\u2028${RUN} //\u2029${RUN} // ` +
  "` ${globalThis." +
  PWNED +
  "=1} ' \" \\ </script> __proto__";

/** Text fields, by key, whose value the generator copies into comments: every key either API's docs rule reads. */
const TEXT_KEYS = new Set(
  [V1_DOCS, V2_DOCS].flatMap((rule) => [
    ...rule.titleKeys,
    ...rule.operationTitleKeys,
    ...rule.descriptionKeys,
  ]),
);

function hostileTexts(node: unknown, inEnum = false): void {
  if (Array.isArray(node)) {
    node.forEach((item) => hostileTexts(item));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const object = node as Json;
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === "string" && TEXT_KEYS.has(key)) object[key] = `${value} ${HOSTILE_TEXT}`;
    else if (!inEnum) hostileTexts(value);
  }
  // Enum values reach code as keys and string literals.
  if (Array.isArray(object.enum) && object.enum.every((value: unknown) => typeof value === "string")) {
    object.enum.push(HOSTILE_TEXT, "__proto__", "constructor", "1st");
  }
  // So do property names.
  if (
    object.properties !== null &&
    typeof object.properties === "object" &&
    !Array.isArray(object.properties)
  ) {
    // A literal `pattern` becomes a template literal type: its text reaches a third context.
    const literalPattern = HOSTILE_TEXT.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
    object.properties[HOSTILE_TEXT] = { type: "string", description: HOSTILE_TEXT, pattern: literalPattern };
    Object.defineProperty(object.properties, "__proto__", {
      value: { type: "string" },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

function hostileInfo(spec: Json): void {
  for (const [key, value] of Object.entries(spec.info as Json)) {
    if (typeof value === "string") spec.info[key] = `${value} ${HOSTILE_TEXT}`;
  }
}

/**
 * Renames every operationId: `__proto__` for the first, the hostile text after the others. An
 * operationId the spec reuses is left alone: the V1 fix-ups rename those by their names.
 */
function hostileOperationIds(spec: Json): void {
  const operations = Object.values(spec.paths as Json).flatMap((pathItem) =>
    Object.values(pathItem as Json).filter(
      (operation) =>
        operation !== null && typeof operation === "object" && typeof operation.operationId === "string",
    ),
  );
  const uses = new Map<string, number>();
  for (const { operationId } of operations) uses.set(operationId, (uses.get(operationId) ?? 0) + 1);
  let first = true;
  for (const operation of operations) {
    {
      if (uses.get(operation.operationId) !== 1) continue;
      operation.operationId = first ? "__proto__" : `${operation.operationId}${HOSTILE_TEXT}`;
      first = false;
    }
  }
}

/** The V2 mini fixture with hostile text everywhere. */
export function hostileV2(spec: Json): Json {
  hostileTexts(spec);
  hostileInfo(spec);
  hostileOperationIds(spec);
  return spec;
}

/** The V1 mini fixture with hostile text everywhere, status descriptions included. */
export function hostileV1(spec: Json): Json {
  hostileTexts(spec);
  hostileInfo(spec);
  hostileOperationIds(spec);
  return spec;
}
