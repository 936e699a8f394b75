import { describe } from "vitest";
import {
  parameterAdded,
  parameterBecameOptional,
  parameterBecameRequired,
  parameterRemoved,
  requestBodyAdded,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyRemoved,
} from "../../../src/diff/rules/request-rules.js";
import { itFollows } from "./given-want.js";

describe("request rules", () => {
  itFollows(parameterRemoved, [
    {
      given: { name: "storeId", required: false },
      want: { request: "breaking", response: "breaking", message: "parameter removed" },
    },
  ]);
  itFollows(parameterAdded, [
    {
      given: { name: "storeId", required: false },
      want: { request: "ok", response: "ok", message: "optional parameter added" },
    },
    {
      given: { name: "storeId", required: true },
      want: { request: "breaking", response: "ok", message: "required parameter added" },
    },
  ]);
  itFollows(parameterBecameRequired, [
    {
      given: { name: "storeId" },
      want: { request: "breaking", response: "ok", message: "optional → required" },
    },
  ]);
  itFollows(parameterBecameOptional, [
    { given: { name: "storeId" }, want: { request: "ok", response: "ok", message: "required → optional" } },
  ]);
  itFollows(requestBodyRemoved, [
    { given: {}, want: { request: "breaking", response: "breaking", message: "request body removed" } },
  ]);
  itFollows(requestBodyAdded, [
    {
      given: { required: false },
      want: { request: "ok", response: "ok", message: "optional request body added" },
    },
    {
      given: { required: true },
      want: { request: "breaking", response: "ok", message: "required request body added" },
    },
  ]);
  itFollows(requestBodyBecameRequired, [
    { given: {}, want: { request: "breaking", response: "ok", message: "optional → required" } },
  ]);
  itFollows(requestBodyBecameOptional, [
    { given: {}, want: { request: "ok", response: "ok", message: "required → optional" } },
  ]);
});
