import { describe } from "vitest";
import {
  operationAdded,
  operationBecameStable,
  operationBecameUnstable,
  operationRemoved,
  pathVariableRenamed,
  securityChanged,
} from "../../../src/diff/rules/operation-rules.js";
import { itFollows } from "./given-want.js";

describe("operation rules", () => {
  itFollows(operationRemoved, [
    {
      given: { operationId: "getPayment" },
      want: {
        request: "breaking",
        response: "breaking",
        message: "operation removed from the published spec",
      },
    },
  ]);
  itFollows(operationAdded, [
    {
      given: { operationId: "getPayment" },
      want: { request: "ok", response: "ok", message: "operation added" },
    },
  ]);
  itFollows(operationBecameUnstable, [
    { given: {}, want: { request: "warning", response: "warning", message: "marked x-portone-unstable" } },
  ]);
  itFollows(operationBecameStable, [
    {
      given: {},
      want: { request: "ok", response: "ok", message: "no longer x-portone-unstable: now stable" },
    },
  ]);
  itFollows(securityChanged, [
    {
      given: { old: "Authorization: PortOneApiSecret", new: "Authorization: PortOne" },
      want: {
        request: "breaking",
        response: "breaking",
        message: "authentication changed: Authorization: PortOneApiSecret → Authorization: PortOne",
      },
    },
  ]);
  itFollows(pathVariableRenamed, [
    {
      given: { oldPath: "/billing-keys/{id}", renamed: [["id", "billingKey"]] },
      want: {
        request: "ok",
        response: "ok",
        message: "path variable renamed: {id} → {billingKey} (the same URL on the wire)",
        note: "code that names the path parameter must change",
      },
    },
  ]);
});
