import { webhookOf, type Webhook } from "./events.js";
import { hmacSha256 } from "./hmac-sha256.js";

/**
 * Why a webhook was refused. The first five are PortOne's SDK's; the rest are what it does not
 * check (it throws a different error for a bad secret, and returns any JSON unchecked).
 */
export type WebhookVerificationFailureReason =
  | "MISSING_REQUIRED_HEADERS"
  | "INVALID_SIGNATURE"
  | "TIMESTAMP_TOO_OLD"
  | "TIMESTAMP_TOO_NEW"
  | "NO_MATCHING_SIGNATURE"
  /** A header given twice (two values for one name), so which one was signed is unknown. */
  | "MALFORMED_HEADERS"
  /** No secret, an empty one, or one that is not base64 after `whsec_`. */
  | "INVALID_SECRET"
  /** The raw body is neither a string nor bytes (a parsed body cannot be verified). */
  | "INVALID_PAYLOAD"
  /** Signed correctly, but not JSON (or not UTF-8). */
  | "BODY_NOT_JSON"
  /** Signed correctly, JSON, but neither of PortOne's webhook formats. */
  | "NOT_PORTONE_WEBHOOK";

const MESSAGES: Readonly<Record<WebhookVerificationFailureReason, string>> = {
  MISSING_REQUIRED_HEADERS: "webhook-id, webhook-timestamp and webhook-signature are required",
  INVALID_SIGNATURE: "webhook-timestamp is not a number of seconds",
  TIMESTAMP_TOO_OLD: "webhook-timestamp is older than the tolerance",
  TIMESTAMP_TOO_NEW: "webhook-timestamp is further ahead than the tolerance",
  NO_MATCHING_SIGNATURE: "no v1 signature in webhook-signature matches the body",
  MALFORMED_HEADERS: "a webhook header is given more than once",
  INVALID_SECRET: "the secret is empty or not base64 (after its whsec_ prefix)",
  INVALID_PAYLOAD: "the raw body must be a string or a Uint8Array, exactly as received",
  BODY_NOT_JSON: "the body is signed but is not UTF-8 JSON",
  NOT_PORTONE_WEBHOOK: "the body is signed JSON but not a PortOne webhook",
};

/** Every failure of `verify`; its `reason` says which. It never holds the secret or the body. */
export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
  readonly reason: WebhookVerificationFailureReason;

  /** The message for `reason`, as PortOne's SDK has it. */
  static getMessage(reason: WebhookVerificationFailureReason): string {
    return MESSAGES[reason];
  }

  constructor(reason: WebhookVerificationFailureReason) {
    super(`webhook verification failed: ${MESSAGES[reason]}`);
    this.reason = reason;
  }
}

/** A secret as PortOne's console shows it (`whsec_<base64>`), or its raw bytes. */
export type WebhookSecret = string | Uint8Array;

/** Request headers as the frameworks give them: a `Headers`, Node's `IncomingHttpHeaders`, or a plain record. */
export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

export interface WebhookVerifyOptions {
  /** How far `webhook-timestamp` may be from now, in seconds. Default 300, as Standard Webhooks. */
  readonly toleranceSeconds?: number;
  /** The current time in milliseconds; default `Date.now()`. */
  readonly now?: () => number;
}

const PREFIX = "whsec_";
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function fail(reason: WebhookVerificationFailureReason): never {
  throw new WebhookVerificationError(reason);
}

/** Strict base64 to bytes, or undefined for anything else. */
function base64Bytes(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function bytesBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function secretBytes(secret: WebhookSecret): Uint8Array {
  if (secret instanceof Uint8Array) return secret.length > 0 ? secret : fail("INVALID_SECRET");
  if (typeof secret !== "string") fail("INVALID_SECRET");
  const bytes = base64Bytes(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  return bytes !== undefined && bytes.length > 0 ? bytes : fail("INVALID_SECRET");
}

/** One header's value whatever the container and the case of its name; two values are malformed. */
function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  // A `Headers` of any realm or fetch implementation joins repeated values itself.
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  let found: string | undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      if (typeof item !== "string" || found !== undefined) fail("MALFORMED_HEADERS");
      found = item;
    }
  }
  return found;
}

const encoder = new TextEncoder();

/** What is signed: `id.timestamp.body`, the body's bytes exactly as received. */
function signedContent(id: string, timestamp: string, payload: string | Uint8Array): Uint8Array {
  if (typeof payload === "string") return encoder.encode(`${id}.${timestamp}.${payload}`);
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + payload.length);
  content.set(prefix);
  content.set(payload, prefix.length);
  return content;
}

/** Equal bytes, in time that depends on the length only. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

function parsedWebhook(payload: string | Uint8Array): Webhook {
  let body: unknown;
  try {
    const text =
      typeof payload === "string" ? payload : new TextDecoder("utf-8", { fatal: true }).decode(payload);
    body = JSON.parse(text);
  } catch {
    fail("BODY_NOT_JSON");
  }
  return webhookOf(body) ?? fail("NOT_PORTONE_WEBHOOK");
}

/**
 * A verifier for one set of secrets: their keys are prepared once, so each webhook costs one
 * HMAC. Several secrets at once, because rotating one without downtime keeps two alive.
 */
export function createWebhookVerifier(
  secret: WebhookSecret | readonly WebhookSecret[],
  options: WebhookVerifyOptions = {},
): (payload: string | Uint8Array, headers: WebhookHeaders) => Promise<Webhook> {
  const secrets = Array.isArray(secret) ? (secret as readonly WebhookSecret[]) : [secret as WebhookSecret];
  // Checked now, so a bad secret fails where it is configured, not at the first webhook.
  if (secrets.length === 0) fail("INVALID_SECRET");
  const keys = secrets.map((each) => hmacSha256(secretBytes(each)));
  const toleranceSeconds = options.toleranceSeconds ?? 300;
  const now = options.now ?? Date.now;
  return async (payload, headers) => {
    if (typeof payload !== "string" && !(payload instanceof Uint8Array)) fail("INVALID_PAYLOAD");
    if (headers === null || typeof headers !== "object") fail("MISSING_REQUIRED_HEADERS");
    const id = headerValue(headers, "webhook-id");
    const timestamp = headerValue(headers, "webhook-timestamp");
    const signatures = headerValue(headers, "webhook-signature");
    if (!id || !timestamp || !signatures) fail("MISSING_REQUIRED_HEADERS");
    if (!/^\d{1,15}$/.test(timestamp)) fail("INVALID_SIGNATURE");
    const age = Math.floor(now() / 1000) - Number(timestamp);
    if (age > toleranceSeconds) fail("TIMESTAMP_TOO_OLD");
    if (age < -toleranceSeconds) fail("TIMESTAMP_TOO_NEW");
    const given = signatures
      .split(" ")
      .map((entry) => (entry.startsWith("v1,") ? base64Bytes(entry.slice(3)) : undefined))
      .filter((bytes) => bytes !== undefined);
    if (given.length === 0) fail("NO_MATCHING_SIGNATURE");
    const content = signedContent(id, timestamp, payload);
    for (const key of keys) {
      const expected = key.mac(content);
      if (given.some((signature) => constantTimeEqual(signature, expected))) return parsedWebhook(payload);
    }
    return fail("NO_MATCHING_SIGNATURE");
  };
}

/**
 * Verifies a webhook PortOne sent (Standard Webhooks: HMAC-SHA256 of `id.timestamp.body`) and
 * returns its typed body. `payload` is the raw body exactly as received, before any JSON parsing.
 * Every failure is a `WebhookVerificationError`. For many webhooks, `createWebhookVerifier`
 * prepares the secret's key once.
 */
export function verify(
  secret: WebhookSecret | readonly WebhookSecret[],
  payload: string | Uint8Array,
  headers: WebhookHeaders,
  options?: WebhookVerifyOptions,
): Promise<Webhook> {
  try {
    return createWebhookVerifier(secret, options)(payload, headers);
  } catch (error) {
    return Promise.reject(error);
  }
}

export interface SignedWebhook {
  /** The headers PortOne would send with `body`. */
  readonly headers: {
    readonly "webhook-id": string;
    readonly "webhook-timestamp": string;
    readonly "webhook-signature": string;
  };
  readonly body: string;
}

/**
 * Signs a body as PortOne does, for a merchant's own tests of their webhook handler: what it
 * returns passes `verify` with the same secret.
 */
export async function signWebhook(
  secret: WebhookSecret,
  body: string | object,
  options: { readonly id?: string; readonly timestamp?: number } = {},
): Promise<SignedWebhook> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const id = options.id ?? `msg_${crypto.randomUUID().replace(/-/g, "")}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = hmacSha256(secretBytes(secret)).mac(signedContent(id, timestamp, text));
  return {
    headers: {
      "webhook-id": id,
      "webhook-timestamp": timestamp,
      "webhook-signature": `v1,${bytesBase64(signature)}`,
    },
    body: text,
  };
}
