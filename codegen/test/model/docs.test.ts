import { describe, expect, it } from "vitest";
import { docsOf } from "../../src/model/docs.js";

describe("docsOf", () => {
  it.each([
    { name: "title only", node: { title: "본인인증 내역" }, want: { title: "본인인증 내역" } },
    {
      name: "description equal to the title is dropped",
      node: { title: "본인인증 내역", description: "본인인증 내역", "x-portone-title": "본인인증 내역" },
      want: { title: "본인인증 내역" },
    },
    {
      name: "x-portone-title when there is no title",
      node: { "x-portone-title": "상점 아이디" },
      want: { title: "상점 아이디" },
    },
    {
      name: "a property's own title wins over the one inherited from its $ref",
      node: { title: "발급된 채널", "x-portone-title": "(결제, 본인인증 등에) 선택된 채널 정보" },
      want: { title: "발급된 채널" },
    },
    {
      name: "a description repeating the title as its first paragraph loses it",
      node: {
        summary: "본인인증 요청 전송",
        description: "본인인증 요청 전송\n\nSMS 또는 APP 방식을 이용합니다.",
      },
      want: { title: "본인인증 요청 전송", description: "SMS 또는 APP 방식을 이용합니다." },
    },
    {
      name: "x-portone-description contained in description is not repeated",
      node: {
        title: "상점 아이디",
        description: "상점 아이디\n\n미입력시 기본값.",
        "x-portone-description": "미입력시 기본값.",
      },
      want: { title: "상점 아이디", description: "미입력시 기본값." },
    },
    {
      name: "different descriptions are both kept",
      node: {
        title: "생년월일",
        description: "형식을 따릅니다.",
        "x-portone-description": "항상 존재합니다.",
      },
      want: { title: "생년월일", description: "형식을 따릅니다.\n\n항상 존재합니다." },
    },
    {
      name: "deprecated and unstable flags",
      node: { deprecated: true, "x-portone-unstable": true },
      want: { deprecated: true, unstable: true },
    },
    { name: "blank text is no text", node: { title: "  ", description: "" }, want: {} },
  ])("$name", ({ node, want }) => {
    expect(docsOf(node)).toEqual(want);
  });
});
