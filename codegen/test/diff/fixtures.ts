import { diffLoadedSpecs } from "../../src/diff/diff-specs.js";
import type { DiffReport, ReportedChange } from "../../src/diff/report.js";
import { loaded, type Json } from "../helpers/specs.js";

export type UseSide = "request" | "response";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A small V2-style spec: `POST /things` sends the schema `Thing` (request side) or returns it
 * (response side); `GET /health` touches nothing. `operation` overrides the operation's fields.
 */
export function v2Spec(side: UseSide, schemas: Json, operation: Json = {}, root = "Thing"): Json {
  const json = (schema: Json) => ({ content: { "application/json": { schema } } });
  return {
    openapi: "3.0.3",
    info: { title: "fixture", version: "1.0.0" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          ...(side === "request" ? { requestBody: { required: true, ...json(ref(root)) } } : {}),
          responses: {
            "200": { description: "ok", ...json(side === "response" ? ref(root) : { type: "object" }) },
          },
          ...operation,
        },
      },
      "/health": { get: { operationId: "health", responses: { "204": { description: "up" } } } },
    },
    components: { schemas },
  };
}

/** `v2Spec`, with `POST /things` unstable and `Thing` also sent by a stable `PUT /stable`. */
export function sharedWithStable(schemas: Json): Json {
  const spec = v2Spec("request", schemas, { "x-portone-unstable": true });
  spec.paths["/stable"] = {
    put: {
      operationId: "putStable",
      requestBody: { content: { "application/json": { schema: ref("Thing") } } },
      responses: {},
    },
  };
  return spec;
}

/** A Swagger 2.0 (V1-style) spec with one form-posting operation. */
export function v1Spec(parameters: Json[]): Json {
  return {
    swagger: "2.0",
    info: { title: "fixture", version: "1.0" },
    consumes: ["application/x-www-form-urlencoded"],
    produces: ["application/json"],
    paths: {
      "/certifications/otp/request": {
        post: {
          operationId: "requestOTP",
          parameters,
          responses: { "200": { description: "ok", schema: { type: "object" } } },
        },
      },
    },
    definitions: {},
  };
}

export function diffDocuments(before: Json, after: Json): DiffReport {
  return diffLoadedSpecs(loaded(before, "old.json"), loaded(after, "new.json"));
}

/** The one change of `kind` in a report (failing when there is not exactly one). */
export function onlyChange(report: DiffReport, kind: string): ReportedChange {
  const found = report.changes.filter((change) => change.kind === kind);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${kind} change, got ${found.length}: ${report.changes.map((change) => change.id).join(", ")}`,
    );
  }
  return found[0] as ReportedChange;
}
