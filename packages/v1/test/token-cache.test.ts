import { describe, expect, it } from "vitest";
import {
  createTokenCache,
  EXPIRY_SAFETY_MS,
  REFRESH_BEFORE_MS,
  type IssuedToken,
} from "../src/core/token-cache.js";

/** A token source whose answers the test scripts, and a clock the test moves. */
function setup(answers: (() => IssuedToken | Promise<IssuedToken>)[]) {
  let local = 7_000_000; // arbitrary: the local clock need not agree with PortOne's
  let issues = 0;
  const cache = createTokenCache({
    clock: () => local,
    issue: async () => {
      const answer = answers[Math.min(issues, answers.length - 1)];
      issues++;
      if (!answer) throw new Error("no answer scripted");
      return answer();
    },
  });
  return { cache, advance: (ms: number) => void (local += ms), issues: () => issues };
}

// PortOne's clock is far from the local one on purpose: only expired_at - now matters.
const token = (value: string, lifetimeSeconds: number): IssuedToken => ({
  access_token: value,
  now: 1_900_000_000,
  expired_at: 1_900_000_000 + lifetimeSeconds,
});

describe("the access token cache", () => {
  it("fetches once and reuses the token until shortly before it expires, by PortOne's own clock", async () => {
    const { cache, advance, issues } = setup([() => token("t1", 1800), () => token("t1", 2100)]);
    expect(await cache.get()).toBe("t1");
    advance(1800_000 - REFRESH_BEFORE_MS - 1);
    expect(await cache.get()).toBe("t1");
    expect(issues()).toBe(1);
    advance(1);
    expect(await cache.get()).toBe("t1");
    expect(issues()).toBe(2);
  });

  it("lets 100 concurrent callers with a cold cache share one request", async () => {
    let release: (value: IssuedToken) => void = () => {};
    const { cache, issues } = setup([() => new Promise<IssuedToken>((resolve) => (release = resolve))]);
    const calls = Array.from({ length: 100 }, () => cache.get());
    release(token("t1", 1800));
    expect(new Set(await Promise.all(calls))).toEqual(new Set(["t1"]));
    expect(issues()).toBe(1);
  });

  it("uses a token that came back without an extension until just before it expires, without asking again", async () => {
    const { cache, advance, issues } = setup([() => token("t1", 40)]);
    await cache.get();
    advance(40_000 - EXPIRY_SAFETY_MS - 1);
    await cache.get();
    expect(issues()).toBe(1);
    advance(1);
    await cache.get();
    expect(issues()).toBe(2);
  });

  it("keeps serving a still-valid token when an early refresh fails, and fails once it has expired", async () => {
    const { cache, advance } = setup([
      () => token("t1", 1800),
      () => {
        throw new Error("getToken: no answer");
      },
    ]);
    await cache.get();
    advance(1800_000 - REFRESH_BEFORE_MS + 1);
    expect(await cache.get()).toBe("t1");
    advance(REFRESH_BEFORE_MS);
    await expect(cache.get()).rejects.toThrow("getToken: no answer");
  });

  it("forgets a token PortOne refused, but not a newer one that replaced it", async () => {
    const { cache, issues } = setup([() => token("t1", 1800), () => token("t2", 1800)]);
    await cache.get();
    cache.invalidate("t0");
    expect(await cache.get()).toBe("t1");
    cache.invalidate("t1");
    expect(await cache.get()).toBe("t2");
    expect(issues()).toBe(2);
  });
});
