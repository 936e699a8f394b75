import { describe, expect, it } from "vitest";
import {
  createCallTimeouts,
  classifyRejection,
  RedirectRefused,
  createCallFetch,
  kcpV2Problem,
  prepareBypass,
  segmentPathSerializer,
  unsafePathValue,
  untypedBypass,
  untypedContent,
} from "../src/index.js";

describe("paths", () => {
  it.each([
    ["../x", "/a/..%2Fx"],
    ["a/b", "/a/a%2Fb"],
    ["?#", "/a/%3F%23"],
    ["본인", "/a/%EB%B3%B8%EC%9D%B8"],
  ])("escapes %j into one segment", (value, want) => {
    expect(segmentPathSerializer("/a/{id}", { id: value })).toBe(want);
  });

  it.each([
    ["/a/{id}/b/{other}", { id: "x/y", other: 7 }, "/a/x%2Fy/b/7"],
    ["/a/{id}", {}, "/a/{id}"],
    ["/a/{{id}/{}", { id: "1" }, "/a/{1/{}"],
    ["http://h/{id}?q", { id: "본" }, "http://h/%EB%B3%B8?q"],
  ])("fills %s as the regular expression /{([^{}]+)}/ would", (pathname, values, want) => {
    expect(segmentPathSerializer(pathname, values)).toBe(want);
    const byRegex = pathname.replace(/\{([^{}]+)\}/g, (placeholder, name: string) =>
      (values as Record<string, unknown>)[name] === undefined
        ? placeholder
        : encodeURIComponent(String((values as Record<string, unknown>)[name])),
    );
    expect(segmentPathSerializer(pathname, values)).toBe(byRegex);
  });

  it.each(["", ".", ".."])("refuses %j, which would change the path", (value) => {
    expect(unsafePathValue("id", value)).toMatch(/cannot be/);
  });

  it("accepts dots inside a value", () => {
    expect(unsafePathValue("id", "a..b")).toBeUndefined();
  });
});

describe("transport", () => {
  it("classifies our timeout, the caller's abort, a parse error and the rest", () => {
    const aborted = AbortSignal.abort();
    expect(classifyRejection(new Error("x"), { timedOut: true }, 10).kind).toBe("timeout");
    expect(classifyRejection(new Error("x"), { caller: aborted }, 10).kind).toBe("aborted");
    // A parse error's message quotes the body, so it is neither in the message nor kept as the cause.
    expect(
      classifyRejection(new SyntaxError("Unexpected token 's', \"sk_live_12\"... is not valid JSON"), {}, 10),
    ).toEqual({
      kind: "response",
      message: "the success response is not JSON",
    });
    const networkFailure = new TypeError("fetch failed");
    expect(classifyRejection(networkFailure, {}, 10)).toEqual({
      kind: "network",
      message: "no answer: fetch failed",
      cause: networkFailure,
    });
    expect(classifyRejection(new RedirectRefused(307), {}, 10)).toEqual({
      kind: "response",
      status: 307,
      message: "HTTP 307: a redirect, which PortOne's API never answers with; not followed",
    });
  });

  it("joins the caller's signal and the timeout, and sets none when there is neither", () => {
    const none = createCallTimeouts(0)(undefined);
    expect(none.signal).toBeUndefined();
    expect(none.timedOut()).toBe(false);
    const caller = new AbortController();
    const { signal, timedOut, dispose } = createCallTimeouts(60_000)(caller.signal);
    caller.abort();
    expect(signal?.aborted).toBe(true);
    expect(timedOut()).toBe(false);
    dispose();
  });

  it("rejects a call that never settles when the timeout passes, and then aborts its fetch", async () => {
    const { race, signal, timedOut, dispose } = createCallTimeouts(20)(undefined);
    const started = performance.now();
    await expect(race(new Promise(() => {}))).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(200);
    expect(timedOut()).toBe(true);
    dispose();
    // What the fetch follows stops it one window (at most the timeout) after the call failed.
    await new Promise((resolve) => signal?.addEventListener("abort", resolve));
    expect(signal?.reason).toMatchObject({ name: "TimeoutError" });
  });

  it("has no timeout for 0, a negative or NaN value, Infinity, or more than a timer can wait", async () => {
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31]) {
      const call = createCallTimeouts(timeoutMs)(undefined);
      expect(call.signal).toBeUndefined();
      const raced = call.race(new Promise((resolve) => setTimeout(resolve, 20, "answered")));
      await expect(raced).resolves.toBe("answered");
      expect(call.timedOut()).toBe(false);
      call.dispose();
    }
  });

  it("rejects a call that never settles when the caller aborts, with or without a timeout", async () => {
    for (const timeoutMs of [0, 60_000]) {
      const caller = new AbortController();
      const { race, dispose } = createCallTimeouts(timeoutMs)(caller.signal);
      const raced = race(new Promise(() => {}));
      caller.abort(new Error("caller gave up"));
      await expect(raced).rejects.toThrow("caller gave up");
      dispose();
    }
  });

  it("passes a call's own outcome through", async () => {
    const timeouts = createCallTimeouts(60_000);
    const ok = timeouts(undefined);
    await expect(ok.race(Promise.resolve(42))).resolves.toBe(42);
    ok.dispose();
    const failed = timeouts(undefined);
    await expect(failed.race(Promise.reject(new Error("no")))).rejects.toThrow("no");
    failed.dispose();
  });

  it("shares an abort controller among at most 8 calls, and never aborts one that has not timed out", async () => {
    const timeouts = createCallTimeouts(60_000);
    const calls = Array.from({ length: 24 }, () => timeouts(undefined));
    const signals = new Set(calls.map((call) => call.signal));
    expect(signals.size).toBe(3);
    for (const call of calls) call.dispose();
    expect(calls.every((call) => call.signal?.aborted === false)).toBe(true);
    // Once all its calls are over, a full group is released; the next call gets a new one.
    const next = timeouts(undefined);
    expect(signals.has(next.signal)).toBe(false);
    next.dispose();
  });

  it("times out each call still waiting at its own deadline, whichever calls ended before or between", async () => {
    const timeouts = createCallTimeouts(40);
    const settle = (call: ReturnType<typeof timeouts>) => {
      const started = performance.now();
      return call.race(new Promise<never>(() => {})).catch((error: { name?: string }) => ({
        name: error.name,
        afterMs: performance.now() - started,
      }));
    };
    const first = timeouts(undefined);
    const firstOutcome = settle(first);
    await new Promise((resolve) => setTimeout(resolve, 15));
    const ended = timeouts(undefined);
    void ended.race(Promise.resolve("answered"));
    const second = timeouts(undefined);
    const secondOutcome = settle(second);
    ended.dispose();
    const [a, b] = await Promise.all([firstOutcome, secondOutcome]);
    for (const outcome of [a, b]) {
      expect(outcome.name).toBe("TimeoutError");
      expect(outcome.afterMs).toBeGreaterThanOrEqual(38);
      expect(outcome.afterMs).toBeLessThan(200);
    }
    expect([first.timedOut(), second.timedOut(), ended.timedOut()]).toEqual([true, true, false]);
    first.dispose();
    second.dispose();
    // With every call over, the next one still gets its timeout.
    const later = timeouts(undefined);
    expect((await settle(later)).name).toBe("TimeoutError");
    later.dispose();
  });

  it("fires the timeout even when nothing else holds the signal", async () => {
    const call = createCallTimeouts(20)(undefined);
    const raced = call.race(new Promise(() => {})).catch((error: unknown) => error);
    const weak = new WeakRef(call.signal as AbortSignal);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await raced).toMatchObject({ name: "TimeoutError" });
    expect(weak.deref()?.aborted).toBe(true);
  });
});

describe("the per-call fetch", () => {
  it("gives an injected fetch the call's signal, and the request untouched when there is none", async () => {
    const seen: Request[] = [];
    const callFetch = createCallFetch(async (request) => {
      seen.push(request);
      return new Response("{}");
    });
    const original = new Request("http://127.0.0.1/x");
    const controller = new AbortController();
    await callFetch.forCall(controller.signal)(original);
    await callFetch.forCall(undefined)(original);
    controller.abort();
    expect(seen[0]?.signal.aborted).toBe(true);
    expect(seen[1]).toBe(original);
  });

  it("keeps the text of error responses only, once", async () => {
    const callFetch = createCallFetch(async (request) =>
      request.url.endsWith("/bad")
        ? new Response("<html>502</html>", { status: 502 })
        : new Response('{"ok":1}'),
    );
    const bad = await callFetch.forCall(undefined)(new Request("http://127.0.0.1/bad"));
    const good = await callFetch.forCall(undefined)(new Request("http://127.0.0.1/good"));
    expect(await bad.text()).toBe("<html>502</html>"); // the caller still reads the body
    expect(await callFetch.takeErrorBody(bad)).toBe("<html>502</html>");
    expect(await callFetch.takeErrorBody(bad)).toBeUndefined();
    expect(await callFetch.takeErrorBody(good)).toBeUndefined();
  });
});

describe("kcpV2 bypass", () => {
  it.each([
    [{ media_type: "MC01" }, undefined],
    [{ media_type: "MC02", cp_sms_msg: "코드 [000000]" }, undefined],
    [{ media_type: "MC03" }, /media_type/],
    [{ media_type: "MC01", cp_sms_msg: "코드" }, /\[000000\]/],
  ])("%j", (bypass, want) => {
    const problem = kcpV2Problem(bypass as never);
    if (want === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(want);
  });

  it("untypedBypass() hands back a copy of what it was given", () => {
    const given = { inicisUnified: { flgFixedUser: "N" } };
    expect(untypedContent(untypedBypass(given))).toEqual(given);
    expect(untypedContent({ kcpV2: {} })).toBeUndefined();
  });
});

describe("prepareBypass", () => {
  it.each([
    { bypass: { kcpV2: { media_type: "MC01" } }, want: { send: { kcpV2: { media_type: "MC01" } } } },
    {
      bypass: { kcp: {} },
      want: { problem: 'unknown PG key "kcp" (typed: kcpV2, danal; use untypedBypass() for others)' },
    },
    {
      bypass: { kcpV2: { media_type: "MC01", cp_sms_msg: "x" } },
      want: { problem: expect.stringMatching(/\[000000\]/) },
    },
    { bypass: { danal: { AGELIMIT: 1.5 } }, want: { problem: "AGELIMIT" } },
    { bypass: untypedBypass({ anything: 1 }), want: { send: { anything: 1 } } },
  ])("%#: $want", ({ bypass, want }) => {
    expect(
      prepareBypass(bypass as never, ["kcpV2", "danal"], (typed: { danal?: { AGELIMIT?: number } }) =>
        typed.danal?.AGELIMIT === 1.5 ? "AGELIMIT" : undefined,
      ),
    ).toEqual(want);
  });
});
