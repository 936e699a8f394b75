/**
 * The client knows its secrets (the V2 API secret; V1's key, secret and access tokens), so it
 * can keep them out of everything it puts in an error, even when a server echoes them back:
 * a 401 body quoting the header, a proxy's HTML page, a token endpoint echoing its request.
 */

/** What a secret may hold: it is sent in a header (or a body) as it is, so a line break would forge headers. */
const UNSAFE_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/;

/** Why `value` cannot be used as `what`, without quoting it; undefined when it can. */
export function unsafeSecret(what: string, value: string): string | undefined {
  return UNSAFE_IN_HEADER.test(value)
    ? `${what} holds a line break or control character, so it cannot be sent in a header`
    : undefined;
}

export const REDACTED = "[redacted]";

/** The forms a secret takes on the wire or in an echo: as is, URL- or form-encoded, JSON-escaped. */
function echoedForms(secret: string): string[] {
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ]);
  return [...forms].filter((form) => form !== "").sort((a, b) => b.length - a.length);
}

/** The fields of a client error that can hold text a server sent. */
export interface ScrubbableErrorInit {
  readonly message: string;
  readonly body?: string | undefined;
  readonly serverMessage?: string | null | undefined;
  readonly data?: unknown;
  readonly cause?: unknown;
}

export interface SecretScrubber {
  /** Another secret to scrub from now on (an access token, once received). */
  add(secret: string): void;
  /** `text` with every known secret replaced by `[redacted]`. */
  text<T extends string | null | undefined>(text: T): T;
  /** A JSON value with every string in it scrubbed; the value itself when it holds no secret. */
  value<T>(value: T): T;
  /** An error's cause, replaced by a scrubbed copy when its message or stack holds a secret. */
  cause(cause: unknown): unknown;
  /** What a client error is built from, with every known secret scrubbed from each field. */
  errorInit<Init extends ScrubbableErrorInit>(init: Init): Init;
}

export function createSecretScrubber(secrets: readonly string[]): SecretScrubber {
  const forms: string[] = [];
  const add = (secret: string) => {
    for (const form of echoedForms(secret)) if (!forms.includes(form)) forms.push(form);
    forms.sort((a, b) => b.length - a.length);
  };
  secrets.forEach(add);
  const holdsSecret = (text: string) => forms.some((form) => text.includes(form));
  const text = <T extends string | null | undefined>(value: T): T => {
    if (typeof value !== "string" || !holdsSecret(value)) return value;
    let scrubbed: string = value;
    for (const form of forms) scrubbed = scrubbed.split(form).join(REDACTED);
    return scrubbed as T;
  };
  const value = <T>(input: T): T => {
    if (typeof input === "string") return text(input);
    if (input === null || typeof input !== "object") return input;
    if (!holdsSecret(JSON.stringify(input) ?? "")) return input;
    return JSON.parse(JSON.stringify(input), (_key, inner: unknown) =>
      typeof inner === "string" ? text(inner) : inner,
    ) as T;
  };
  const cause = (original: unknown): unknown => {
    if (!(original instanceof Error)) return value(original);
    if (!holdsSecret(`${original.message}\n${original.stack ?? ""}`)) return original;
    const copy = new Error(text(original.message));
    copy.name = original.name;
    copy.stack = text(original.stack);
    return copy;
  };
  return {
    add,
    text,
    value,
    cause,
    errorInit: (init) => ({
      ...init,
      message: text(init.message),
      body: text(init.body),
      serverMessage: text(init.serverMessage),
      data: value(init.data),
      cause: cause(init.cause),
    }),
  };
}
