import { defineRule } from "./rule.js";

export const operationRemoved = defineRule({
  kind: "operation-removed",
  scope: "operation",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P1", "E3"],
  // The published file is filtered for documentation visibility: "removed" may mean hidden, and breaks clients all the same.
  message: (_: { operationId?: string | undefined }) => "operation removed from the published spec",
});

export const operationAdded = defineRule({
  kind: "operation-added",
  scope: "operation",
  level: { request: "ok", response: "ok" },
  clauses: ["P8"],
  message: (_: { operationId?: string | undefined }) => "operation added",
});

export const operationBecameUnstable = defineRule({
  kind: "operation-became-unstable",
  scope: "operation",
  level: { request: "warning", response: "warning" },
  clauses: ["R4", "E1"],
  message: (_: object) => "marked x-portone-unstable",
});

export const operationBecameStable = defineRule({
  kind: "operation-became-stable",
  scope: "operation",
  level: { request: "ok", response: "ok" },
  clauses: ["E1"],
  message: (_: object) => "no longer x-portone-unstable: now stable",
});

export const securityChanged = defineRule({
  kind: "security-changed",
  scope: "operation",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P1"],
  message: ({ old, new: now }: { old: string; new: string }) => `authentication changed: ${old} → ${now}`,
});

export const pathVariableRenamed = defineRule({
  kind: "path-variable-renamed",
  scope: "operation",
  level: { request: "ok", response: "ok" },
  clauses: ["R13"],
  message: ({ renamed }: { oldPath: string; renamed: readonly (readonly [string, string])[] }) =>
    `path ${renamed.length === 1 ? "variable" : "variables"} renamed: ${renamed
      .map(([before, after]) => `{${before}} → {${after}}`)
      .join(", ")} (the same URL on the wire)`,
  note: () => "code that names the path parameter must change",
});

export const OPERATION_RULES = [
  operationRemoved,
  operationAdded,
  operationBecameUnstable,
  operationBecameStable,
  securityChanged,
  pathVariableRenamed,
] as const;
