import { describe } from "vitest";
import {
  defaultChanged,
  discriminatorValueRenamed,
  enumRestricted,
  enumUnrestricted,
  enumValueAdded,
  enumValueRemoved,
  formatChanged,
  perPgChanged,
  propertyAdded,
  propertyBecameOptional,
  propertyBecameRequired,
  propertyRemoved,
  typeChanged,
  unionCaseAdded,
  unionCaseRemoved,
} from "../../../src/diff/rules/schema-rules.js";
import { itFollows } from "./given-want.js";

const branch = "exhaustive switches need a branch for it";

describe("schema rules", () => {
  itFollows(propertyRemoved, [
    {
      given: { name: "isHidden", required: false },
      want: { request: "breaking", response: "breaking", message: "property removed" },
    },
  ]);
  itFollows(propertyAdded, [
    {
      given: { name: "ipAddress", required: false },
      want: { request: "ok", response: "ok", message: "optional property added" },
    },
    {
      given: { name: "ipAddress", required: true },
      want: { request: "breaking", response: "ok", message: "required property added" },
    },
  ]);
  itFollows(propertyBecameRequired, [
    {
      given: { name: "type" },
      want: { request: "breaking", response: "ok", message: "optional → required" },
    },
  ]);
  itFollows(propertyBecameOptional, [
    {
      given: { name: "birthdate" },
      want: { request: "ok", response: "breaking", message: "required → optional" },
    },
  ]);
  itFollows(typeChanged, [
    {
      given: { old: "string", new: "object", of: "type" },
      want: { request: "breaking", response: "breaking", message: "type changed from string to object" },
    },
    {
      given: { old: "type", new: undefined, of: "discriminator" },
      want: { request: "breaking", response: "breaking", message: "discriminator changed from type to none" },
    },
  ]);
  itFollows(formatChanged, [
    {
      given: { old: undefined, new: "date" },
      want: { request: "warning", response: "warning", message: 'format "date" added' },
    },
    {
      given: { old: "date", new: "date-time" },
      want: { request: "warning", response: "warning", message: 'format changed from "date" to "date-time"' },
    },
  ]);
  itFollows(defaultChanged, [
    {
      given: { old: 10, new: 20 },
      want: { request: "warning", response: "warning", message: "default changed from 10 to 20" },
    },
    {
      given: { old: "KRW" },
      want: { request: "warning", response: "warning", message: 'default "KRW" removed' },
    },
    { given: { new: true }, want: { request: "ok", response: "ok", message: "default true added" } },
  ]);
  itFollows(enumValueRemoved, [
    {
      given: { value: "Admin" },
      want: {
        request: "breaking",
        response: "warning",
        message: 'enum value "Admin" removed',
        distinct: "Admin",
      },
    },
  ]);
  itFollows(enumValueAdded, [
    {
      given: { value: "ADMIN" },
      want: {
        request: "ok",
        response: "ok",
        message: 'enum value "ADMIN" added',
        distinct: "ADMIN",
        note: branch,
      },
    },
  ]);
  itFollows(enumRestricted, [
    {
      given: { values: ["KOOKMIN", "SHINHAN", "WOORI", "HANA", "NONGHYUP"] },
      want: {
        request: "breaking",
        response: "ok",
        message: 'restricted to 5 values "KOOKMIN", "SHINHAN", "WOORI", "HANA", …',
      },
    },
  ]);
  itFollows(enumUnrestricted, [
    {
      given: { values: ["A"] },
      want: { request: "ok", response: "warning", message: "no longer restricted to a list of values" },
    },
  ]);
  itFollows(unionCaseRemoved, [
    {
      given: { tag: "FORBIDDEN" },
      want: {
        request: "breaking",
        response: "warning",
        message: 'case "FORBIDDEN" removed',
        distinct: "FORBIDDEN",
      },
    },
  ]);
  itFollows(unionCaseAdded, [
    {
      given: { tag: "FORBIDDEN" },
      want: {
        request: "ok",
        response: "ok",
        message: 'case "FORBIDDEN" added',
        distinct: "FORBIDDEN",
        note: branch,
      },
    },
  ]);
  itFollows(discriminatorValueRenamed, [
    {
      given: {
        tag: "PROMOTION_NOT_FOUND_ERROR",
        renamedTo: "PROMOTION_NOT_FOUND",
        schema: "PromotionNotFoundError",
      },
      want: {
        request: "breaking",
        response: "breaking",
        message:
          'tag "PROMOTION_NOT_FOUND_ERROR" renamed to "PROMOTION_NOT_FOUND" for the same case PromotionNotFoundError',
        distinct: "PROMOTION_NOT_FOUND_ERROR",
      },
    },
  ]);
  itFollows(perPgChanged, [
    {
      given: { nowRequiredFor: ["danal"], noLongerRequiredFor: ["kcp", "inicis"] },
      want: {
        request: "warning",
        response: "warning",
        message:
          "per-PG requirement (x-portone-per-pg) changed: now required for danal; no longer required for kcp, inicis",
      },
    },
  ]);
});
