import { defineRule, someOf } from "./rule.js";

export const contentTypeRemoved = defineRule({
  kind: "content-type-removed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P1"],
  message: ({ contentType }: { contentType: string }) => `${contentType} removed`,
  distinct: ({ contentType }) => contentType,
  many: (all) => `media types removed: ${someOf(all.map(({ contentType }) => contentType))}`,
});

export const contentTypeAdded = defineRule({
  kind: "content-type-added",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P8"],
  message: ({ contentType }: { contentType: string }) => `${contentType} added`,
  distinct: ({ contentType }) => contentType,
  many: (all) => `media types added: ${someOf(all.map(({ contentType }) => contentType))}`,
});

export const responseRemoved = defineRule({
  kind: "response-removed",
  scope: "reached",
  level: { request: "ok", response: ({ status }) => (status.startsWith("2") ? "breaking" : "warning") },
  clauses: ["P5", "R5"],
  message: ({ status }: { status: string }) => `response ${status} removed`,
});

export const responseAdded = defineRule({
  kind: "response-added",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P8"],
  message: ({ status }: { status: string }) => `response ${status} added`,
});

export const errorStatusChanged = defineRule({
  kind: "error-status-changed",
  scope: "reached",
  // Errors are never inputs.
  level: { request: "ok", response: "breaking" },
  clauses: ["R10"],
  message: ({ old, new: now }: { old: unknown; new: unknown }) =>
    `HTTP status of the error (x-portone-status-code) changed: ${String(old ?? "none")} → ${String(now ?? "none")}`,
});

export const RESPONSE_RULES = [
  contentTypeRemoved,
  contentTypeAdded,
  responseRemoved,
  responseAdded,
  errorStatusChanged,
] as const;
