import { becameOptional, becameRequired, defineRule, requirement } from "./rule.js";

export const parameterRemoved = defineRule({
  kind: "parameter-removed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P1"],
  message: (_: { name: string; required: boolean }) => "parameter removed",
});

export const parameterAdded = defineRule({
  kind: "parameter-added",
  scope: "reached",
  level: { request: ({ required }) => (required ? "breaking" : "ok"), response: "ok" },
  clauses: ["P2", "P8"],
  message: ({ required }: { name: string; required: boolean }) => `${requirement(required)} parameter added`,
});

export const parameterBecameRequired = defineRule({
  kind: "parameter-became-required",
  scope: "reached",
  level: { request: "breaking", response: "ok" },
  clauses: ["P2"],
  message: (_: { name: string }) => becameRequired,
});

export const parameterBecameOptional = defineRule({
  kind: "parameter-became-optional",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P2"],
  message: (_: { name: string }) => becameOptional,
});

export const requestBodyRemoved = defineRule({
  kind: "request-body-removed",
  scope: "reached",
  level: { request: "breaking", response: "breaking" },
  clauses: ["P1"],
  message: (_: object) => "request body removed",
});

export const requestBodyAdded = defineRule({
  kind: "request-body-added",
  scope: "reached",
  level: { request: ({ required }) => (required ? "breaking" : "ok"), response: "ok" },
  clauses: ["P2"],
  message: ({ required }: { required: boolean }) => `${requirement(required)} request body added`,
});

export const requestBodyBecameRequired = defineRule({
  kind: "request-body-became-required",
  scope: "reached",
  level: { request: "breaking", response: "ok" },
  clauses: ["P2"],
  message: (_: object) => becameRequired,
});

export const requestBodyBecameOptional = defineRule({
  kind: "request-body-became-optional",
  scope: "reached",
  level: { request: "ok", response: "ok" },
  clauses: ["P2"],
  message: (_: object) => becameOptional,
});

export const REQUEST_RULES = [
  parameterRemoved,
  parameterAdded,
  parameterBecameRequired,
  parameterBecameOptional,
  requestBodyRemoved,
  requestBodyAdded,
  requestBodyBecameRequired,
  requestBodyBecameOptional,
] as const;
