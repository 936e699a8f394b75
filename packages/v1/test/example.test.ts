import { expect, it } from "vitest";
import { runCertificationFlow } from "../examples/certification-flow.js";

it("the example runs request → confirm → get against the fake", async () => {
  const lines: string[] = [];
  const certification = await runCertificationFlow((line) => lines.push(line));
  expect(certification.certified).toBe(true);
  expect(lines).toEqual([
    "1. code sent; imp_uid imp_000000000001",
    "2. a wrong code: code -1 with HTTP 200: 인증번호가 일치하지 않습니다.",
    "3. confirmed: 홍길동, certified true",
    "4. looked up: imp_000000000001 via kcp_v2",
    "   (one access token for all of it: 1 token request)",
  ]);
});
