import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hmacSha256, sha256 } from "../src/webhook/hmac-sha256.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const text = (value: string) => new TextEncoder().encode(value);

describe("sha256 and hmacSha256", () => {
  it("give FIPS 180-4's and RFC 4231's published values", () => {
    expect(hex(sha256(text("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(new Uint8Array()))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
    expect(hex(hmacSha256(new Uint8Array(20).fill(0x0b)).mac(text("Hi There")))).toBe(
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    );
    expect(hex(hmacSha256(text("Jefe")).mac(text("what do ya want for nothing?")))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(
      hex(
        hmacSha256(new Uint8Array(131).fill(0xaa)).mac(
          text("Test Using Larger Than Block-Size Key - Hash Key First"),
        ),
      ),
    ).toBe("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  });

  it("agree with node:crypto at every length around the block boundaries", () => {
    const key = text("a webhook key");
    const mac = hmacSha256(key);
    for (let length = 0; length <= 300; length++) {
      const message = new Uint8Array(length).map((_, index) => (index * 31 + length) & 0xff);
      expect(hex(sha256(message))).toBe(createHash("sha256").update(message).digest("hex"));
      expect(hex(mac.mac(message))).toBe(createHmac("sha256", key).update(message).digest("hex"));
    }
  });
});
