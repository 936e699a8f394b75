import { becameOptional, becameRequired, defineRule, needsBranch, requirement, someOf } from "./rule.js";

export const propertyRemoved = defineRule({
  kind: "property-removed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P3", "P5"],
  message: (_: { name: string; required: boolean }) => "property removed",
});

export const propertyAdded = defineRule({
  kind: "property-added",
  scope: "reached",
  level: { request: ({ required }) => (required ? "breaking" : "ok"), response: "ok" },
  clauses: ["P2", "P8"],
  message: ({ required }: { name: string; required: boolean }) => `${requirement(required)} property added`,
});

export const propertyBecameRequired = defineRule({
  kind: "property-became-required",
  scope: "reached",
  level: { request: "breaking", response: "ok" },
  clauses: ["P2"],
  message: (_: { name: string }) => becameRequired,
});

export const propertyBecameOptional = defineRule({
  kind: "property-became-optional",
  scope: "reached",
  level: { request: "ok", response: "breaking" },
  clauses: ["P6"],
  message: (_: { name: string }) => becameOptional,
});

const shown = (value: unknown) => String(value ?? "none");

export const typeChanged = defineRule({
  kind: "type-changed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P3", "P7"],
  message: ({ old, new: now, of }: { old: unknown; new: unknown; of: "type" | "discriminator" }) =>
    `${of} changed from ${shown(old)} to ${shown(now)}`,
});

export const formatChanged = defineRule({
  kind: "format-changed",
  scope: "reached",
  level: { request: "warning", response: "warning" },
  clauses: ["R2"],
  message: ({ old, new: now }: { old: unknown; new: unknown }) =>
    old === undefined
      ? `format "${String(now)}" added`
      : `format changed from "${String(old)}" to "${shown(now)}"`,
});

export const defaultChanged = defineRule({
  kind: "default-changed",
  scope: "reached",
  // What the server assumes for an omitted field moved: callers that omit it get other behaviour.
  level: {
    request: ({ old }) => (old === undefined ? "ok" : "warning"),
    response: ({ old }) => (old === undefined ? "ok" : "warning"),
  },
  clauses: ["R12"],
  message: ({ old, new: now }: { old?: unknown; new?: unknown }) =>
    old === undefined
      ? `default ${JSON.stringify(now)} added`
      : now === undefined
        ? `default ${JSON.stringify(old)} removed`
        : `default changed from ${JSON.stringify(old)} to ${JSON.stringify(now)}`,
});

const listValues = (values: readonly unknown[]) => {
  const first = values.slice(0, 4).map((value) => JSON.stringify(value));
  return `${values.length === 1 ? "the value" : `${values.length} values`} ${first.join(", ")}${values.length > first.length ? ", …" : ""}`;
};

export const enumValueRemoved = defineRule({
  kind: "enum-value-removed",
  scope: "reached",
  level: { request: "breaking", response: "warning" },
  clauses: ["P4", "R6"],
  message: ({ value }: { value: unknown }) => `enum value ${JSON.stringify(value)} removed`,
  distinct: ({ value }) => String(value),
  many: (all) => `${all.length} enum values removed: ${someOf(all.map(({ value }) => value))}`,
});

export const enumValueAdded = defineRule({
  kind: "enum-value-added",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P8"],
  message: ({ value }: { value: unknown }) => `enum value ${JSON.stringify(value)} added`,
  distinct: ({ value }) => String(value),
  many: (all) => `${all.length} enum values added: ${someOf(all.map(({ value }) => value))}`,
  note: needsBranch,
});

export const enumRestricted = defineRule({
  kind: "enum-restricted",
  scope: "reached",
  level: { request: "breaking", response: "ok" },
  clauses: ["P4"],
  message: ({ values }: { values: readonly unknown[] }) => `restricted to ${listValues(values)}`,
});

export const enumUnrestricted = defineRule({
  kind: "enum-unrestricted",
  scope: "reached",
  level: { request: "ok", response: "warning" },
  clauses: ["R6"],
  message: (_: { values: readonly unknown[] }) => "no longer restricted to a list of values",
});

export const unionCaseRemoved = defineRule({
  kind: "union-case-removed",
  scope: "reached",
  level: { request: "breaking", response: "warning" },
  clauses: ["P3", "R6"],
  message: ({ tag }: { tag: string }) => `case ${JSON.stringify(tag)} removed`,
  distinct: ({ tag }) => tag,
  many: (all) => `${all.length} cases removed: ${someOf(all.map(({ tag }) => tag))}`,
});

export const unionCaseAdded = defineRule({
  kind: "union-case-added",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P8"],
  message: ({ tag }: { tag: string }) => `case ${JSON.stringify(tag)} added`,
  distinct: ({ tag }) => tag,
  many: (all) => `${all.length} cases added: ${someOf(all.map(({ tag }) => tag))}`,
  note: needsBranch,
});

export const discriminatorValueRenamed = defineRule({
  kind: "discriminator-value-renamed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["R9"],
  message: ({ tag, renamedTo, schema }: { tag: string; renamedTo: string; schema: string }) =>
    `tag ${JSON.stringify(tag)} renamed to ${JSON.stringify(renamedTo)} for the same case ${schema}`,
  distinct: ({ tag }) => tag,
  many: (all) =>
    `${all.length} tags renamed: ${all.map(({ tag, renamedTo }) => `${JSON.stringify(tag)} → ${JSON.stringify(renamedTo)}`).join(", ")}`,
});

export const perPgChanged = defineRule({
  kind: "per-pg-changed",
  scope: "reached",
  level: { request: "warning", response: "warning" },
  clauses: ["R3"],
  message: ({
    nowRequiredFor,
    noLongerRequiredFor,
  }: {
    nowRequiredFor: string[];
    noLongerRequiredFor: string[];
  }) =>
    `per-PG requirement (x-portone-per-pg) changed: ${[
      ...(nowRequiredFor.length > 0 ? [`now required for ${nowRequiredFor.join(", ")}`] : []),
      ...(noLongerRequiredFor.length > 0 ? [`no longer required for ${noLongerRequiredFor.join(", ")}`] : []),
    ].join("; ")}`,
});

export const SCHEMA_RULES = [
  propertyRemoved,
  propertyAdded,
  propertyBecameRequired,
  propertyBecameOptional,
  typeChanged,
  formatChanged,
  defaultChanged,
  enumValueRemoved,
  enumValueAdded,
  enumRestricted,
  enumUnrestricted,
  unionCaseRemoved,
  unionCaseAdded,
  discriminatorValueRenamed,
  perPgChanged,
] as const;
