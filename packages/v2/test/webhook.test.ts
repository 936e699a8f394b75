import { inspect } from "node:util";
import { Webhook as Reference } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { Webhook } from "../src/index.js";
import {
  createWebhookVerifier,
  signWebhook,
  verify,
  WebhookVerificationError,
  type WebhookVerificationFailureReason,
} from "../src/webhook.js";

// Standard Webhooks' published example (its specification and reference libraries' tests).
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

const SECRET = "whsec_" + Buffer.from("portone-typed webhook test secret, 32b").toString("base64");
const OTHER_SECRET = "whsec_" + Buffer.from("another secret, the rotated-out one").toString("base64");
const NOW_S = Math.floor(Date.now() / 1000);
const PAID = {
  type: "Transaction.Paid",
  timestamp: "2026-12-02T01:00:00.000Z",
  data: { paymentId: "order-1", storeId: "store-1", transactionId: "tx-1" },
};

async function reason(call: Promise<unknown>): Promise<WebhookVerificationFailureReason> {
  const error = await call.then(
    () => {
      throw new Error("verified, where it should have failed");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe("Standard Webhooks' test vector", () => {
  it("signs to the published signature, and that signature verifies", async () => {
    const signed = await signWebhook(VECTOR.secret, VECTOR.payload, {
      id: VECTOR.id,
      timestamp: VECTOR.timestamp,
    });
    expect(signed.headers["webhook-signature"]).toBe(VECTOR.signature);
    const headers = {
      "webhook-id": VECTOR.id,
      "webhook-timestamp": String(VECTOR.timestamp),
      "webhook-signature": VECTOR.signature,
    };
    // The signature matches; the body is not a PortOne webhook, which is the next check.
    const now = () => VECTOR.timestamp * 1000;
    expect(await reason(verify(VECTOR.secret, VECTOR.payload, headers, { now }))).toBe("NOT_PORTONE_WEBHOOK");
    const tampered = { ...headers, "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ2OE=" };
    expect(await reason(verify(VECTOR.secret, VECTOR.payload, tampered, { now }))).toBe(
      "NO_MATCHING_SIGNATURE",
    );
  });
});

describe("against the reference implementation (standardwebhooks)", () => {
  const reference = new Reference(SECRET);
  const body = JSON.stringify(PAID);

  it("accepts what it signs, and it accepts what we sign", async () => {
    const id = "msg_reference_1";
    const headers = {
      "webhook-id": id,
      "webhook-timestamp": String(NOW_S),
      "webhook-signature": reference.sign(id, new Date(NOW_S * 1000), body),
    };
    expect(await verify(SECRET, body, headers)).toEqual(PAID);
    const ours = await signWebhook(SECRET, body, { id: "msg_ours_1" });
    expect(reference.verify(ours.body, ours.headers)).toEqual(PAID);
  });

  it.each([
    ["the body", (h: Record<string, string>, b: string) => [h, `${b} `] as const],
    [
      "the id",
      (h: Record<string, string>, b: string) => [{ ...h, "webhook-id": `${h["webhook-id"]}x` }, b] as const,
    ],
    [
      "the timestamp",
      (h: Record<string, string>, b: string) =>
        [{ ...h, "webhook-timestamp": String(Number(h["webhook-timestamp"]) - 1) }, b] as const,
    ],
  ])("both reject a tampered %s", async (_what, tamper) => {
    const signed = await signWebhook(SECRET, body, { id: "msg_tamper" });
    const [headers, tamperedBody] = tamper({ ...signed.headers }, signed.body);
    expect(() => reference.verify(tamperedBody, headers)).toThrow();
    expect(await reason(verify(SECRET, tamperedBody, headers))).toBe("NO_MATCHING_SIGNATURE");
  });
});

describe("verify", () => {
  const signed = () => signWebhook(SECRET, PAID, { id: "msg_1" });

  it("returns the typed event, for a string or the raw bytes, and headers of every shape and case", async () => {
    const { headers, body } = await signed();
    const upper = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]),
    );
    const node = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
    for (const given of [headers, upper, node, new Headers(headers)])
      expect(await verify(SECRET, body, given)).toEqual(PAID);
    expect(await verify(SECRET, new TextEncoder().encode(body), headers)).toEqual(PAID);
    expect(await Webhook.verify(SECRET, body, headers)).toEqual(PAID);
  });

  it("accepts one valid entry among invalid ones, and the second of two secrets", async () => {
    const { headers, body } = await signed();
    const listed = {
      ...headers,
      "webhook-signature": `v2,abc v1,bm90IGl0 v1,!!! ${headers["webhook-signature"]}`,
    };
    expect(await verify(SECRET, body, listed)).toEqual(PAID);
    expect(await verify([OTHER_SECRET, SECRET], body, headers)).toEqual(PAID);
    expect(await reason(verify([OTHER_SECRET], body, headers))).toBe("NO_MATCHING_SIGNATURE");
  });

  it.each([
    [-301, "TIMESTAMP_TOO_OLD"],
    [301, "TIMESTAMP_TOO_NEW"],
  ] as const)(
    "rejects a timestamp %i s from now (%s), within a 300 s tolerance only",
    async (offset, want) => {
      const { headers, body } = await signWebhook(SECRET, PAID, { id: "msg_t", timestamp: NOW_S + offset });
      const now = () => NOW_S * 1000;
      expect(await reason(verify(SECRET, body, headers, { now }))).toBe(want);
      expect(await verify(SECRET, body, headers, { now, toleranceSeconds: 301 })).toEqual(PAID);
      const inside = await signWebhook(SECRET, PAID, {
        id: "msg_t",
        timestamp: NOW_S + Math.sign(offset) * 300,
      });
      expect(await verify(SECRET, inside.body, inside.headers, { now })).toEqual(PAID);
    },
  );

  it.each([
    ["", "INVALID_SECRET"],
    ["whsec_", "INVALID_SECRET"],
    ["whsec_not base64!", "INVALID_SECRET"],
  ] as const)("rejects the secret %j (%s)", async (secret, want) => {
    const { headers, body } = await signed();
    expect(await reason(verify(secret, body, headers))).toBe(want);
    expect(() => createWebhookVerifier(secret)).toThrow(WebhookVerificationError);
  });

  it("names what is wrong with the headers and the body", async () => {
    const { headers, body } = await signed();
    const { "webhook-signature": _, ...unsigned } = headers;
    expect(await reason(verify(SECRET, body, unsigned))).toBe("MISSING_REQUIRED_HEADERS");
    expect(await reason(verify(SECRET, body, { ...headers, "webhook-id": ["a", "b"] }))).toBe(
      "MALFORMED_HEADERS",
    );
    expect(await reason(verify(SECRET, body, { ...headers, "webhook-timestamp": "soon" }))).toBe(
      "INVALID_SIGNATURE",
    );
    expect(await reason(verify(SECRET, JSON.parse(body) as never, headers))).toBe("INVALID_PAYLOAD");
    const notJson = await signWebhook(SECRET, "not json", { id: "msg_2" });
    expect(await reason(verify(SECRET, notJson.body, notJson.headers))).toBe("BODY_NOT_JSON");
    const invalidUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    const bytesSigned = await signWebhook(SECRET, "{\uFFFD}", { id: "msg_3" });
    expect(await reason(verify(SECRET, invalidUtf8, bytesSigned.headers))).toBe("NO_MATCHING_SIGNATURE");
    const other = await signWebhook(SECRET, { hello: "world" }, { id: "msg_4" });
    expect(await reason(verify(SECRET, other.body, other.headers))).toBe("NOT_PORTONE_WEBHOOK");
  });

  it("returns an event of a type it does not know as a value, and the legacy body told apart", async () => {
    const future = {
      type: "Transaction.Refunded",
      timestamp: "2027-01-01T00:00:00Z",
      data: { storeId: "s" },
    };
    const signedFuture = await signWebhook(SECRET, future, { id: "msg_5" });
    const event = await verify(SECRET, signedFuture.body, signedFuture.headers);
    expect(Webhook.isUnrecognizedWebhook(event)).toBe(true);
    const legacy = { payment_id: "order-1", tx_id: "tx-1", status: "Paid" };
    const signedLegacy = await signWebhook(SECRET, legacy, { id: "msg_6" });
    const old = await verify(SECRET, signedLegacy.body, signedLegacy.headers);
    expect(Webhook.isLegacyWebhook(old)).toBe(true);
    expect(Webhook.isUnrecognizedWebhook(old)).toBe(false);
    expect(old).toEqual(legacy);
  });

  it("never puts the secret into an error", async () => {
    const { headers, body } = await signed();
    const errors = await Promise.all([
      verify(SECRET, `${body}x`, headers).catch((error: unknown) => error),
      verify(`${SECRET}!`, body, headers).catch((error: unknown) => error),
    ]);
    const raw = SECRET.slice("whsec_".length);
    for (const error of errors) {
      const text = `${inspect(error)} ${JSON.stringify(error)} ${String(error)}`;
      expect(text).not.toContain(raw);
    }
  });
});
