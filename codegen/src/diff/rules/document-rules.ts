import { defineRule } from "./rule.js";

export const serverChanged = defineRule({
  kind: "server-changed",
  scope: "document",
  level: { request: "warning", response: "warning" },
  clauses: ["R11"],
  message: ({ old, new: now }: { old: string; new: string }) =>
    `where the API is served changed: ${old} → ${now}`,
});

export const schemaAdded = defineRule({
  kind: "schema-added",
  scope: "component",
  level: { request: "ok", response: "ok" },
  clauses: ["R7"],
  message: (_: { name: string }) => "schema added",
});

export const schemaRemoved = defineRule({
  kind: "schema-removed",
  scope: "component",
  level: { request: "ok", response: "ok" },
  clauses: ["R7"],
  message: (_: { name: string }) => "schema removed",
  // Not on the wire, but in generated code: a type of that name is gone.
  note: () => "code that names its generated type must change",
});

export const documentation = defineRule({
  kind: "documentation",
  scope: "reached",
  level: { request: "documentation", response: "documentation" },
  clauses: ["R8"],
  message: ({ fields }: { fields: readonly string[] }) => `documentation changed (${fields.join(", ")})`,
});

export const DOCUMENT_RULES = [serverChanged, schemaAdded, schemaRemoved, documentation] as const;
