import { describe } from "vitest";
import {
  documentation,
  schemaAdded,
  schemaRemoved,
  serverChanged,
} from "../../../src/diff/rules/document-rules.js";
import { itFollows } from "./given-want.js";

describe("document rules", () => {
  itFollows(serverChanged, [
    {
      given: { old: "https://api.iamport.kr", new: "https://api.iamport.kr/v1" },
      want: {
        request: "warning",
        response: "warning",
        message: "where the API is served changed: https://api.iamport.kr → https://api.iamport.kr/v1",
      },
    },
  ]);
  itFollows(schemaAdded, [
    { given: { name: "Bank" }, want: { request: "ok", response: "ok", message: "schema added" } },
  ]);
  itFollows(schemaRemoved, [
    {
      given: { name: "Bank" },
      want: {
        request: "ok",
        response: "ok",
        message: "schema removed",
        note: "code that names its generated type must change",
      },
    },
  ]);
  itFollows(documentation, [
    {
      given: { fields: ["description", "x-portone-name"] },
      want: {
        request: "documentation",
        response: "documentation",
        message: "documentation changed (description, x-portone-name)",
      },
    },
  ]);
});
