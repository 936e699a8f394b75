import { describe } from "vitest";
import {
  contentTypeAdded,
  contentTypeRemoved,
  errorStatusChanged,
  responseAdded,
  responseRemoved,
} from "../../../src/diff/rules/response-rules.js";
import { itFollows } from "./given-want.js";

describe("response rules", () => {
  itFollows(contentTypeRemoved, [
    {
      given: { contentType: "text/csv" },
      want: { request: "breaking", response: "breaking", message: "text/csv removed", distinct: "text/csv" },
    },
  ]);
  itFollows(contentTypeAdded, [
    {
      given: { contentType: "text/csv" },
      want: { request: "ok", response: "ok", message: "text/csv added", distinct: "text/csv" },
    },
  ]);
  itFollows(responseRemoved, [
    {
      given: { status: "200" },
      want: { request: "ok", response: "breaking", message: "response 200 removed" },
    },
    {
      given: { status: "409" },
      want: { request: "ok", response: "warning", message: "response 409 removed" },
    },
  ]);
  itFollows(responseAdded, [
    { given: { status: "409" }, want: { request: "ok", response: "ok", message: "response 409 added" } },
  ]);
  itFollows(errorStatusChanged, [
    {
      given: { old: 400, new: 409 },
      want: {
        request: "ok",
        response: "breaking",
        message: "HTTP status of the error (x-portone-status-code) changed: 400 → 409",
      },
    },
  ]);
});
