/** A call's signal joined with the client's timeout; `dispose()` when the call is over. */
export interface CallSignal {
  /** What the call's fetch follows: aborts (at the latest) some time after the timeout, or with the caller. */
  readonly signal?: AbortSignal;
  /** Whether the client's timeout has passed for this call (not whether the caller aborted). */
  timedOut(): boolean;
  /**
   * `call`, or a rejection as soon as the timeout or the caller's signal aborts. A Request
   * keeps its own abort controller only weakly reachable from the signal it was given, so a
   * `fetch` that waits on nothing but that signal could be collected and never settle; the
   * client does not depend on it.
   */
  race<T>(call: Promise<T>): Promise<T>;
  dispose(): void;
}

/** Starts one call's timeout; one per client, so the calls can share what is costly. */
export type CallTimeouts = (caller: AbortSignal | null | undefined) => CallSignal;

/**
 * How many calls share one abort controller at most. Below the 10 listeners after which Node
 * warns of a leak: each fetch adds one to the signal it follows, removed only when the
 * collector gets to its Request.
 */
const CALLS_PER_CONTROLLER = 8;

/** The longest delay `setTimeout` takes (2³¹ − 1 ms); a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The calls started within one window of time, aborted together once the last may have timed out. */
interface AbortGroup {
  readonly controller: AbortController;
  readonly opened: number;
  calls: number;
  active: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function timeoutReason(timeoutMs: number): DOMException {
  return new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError");
}

/**
 * Each call's timeout rejects the call on time, from the client's queue of deadlines (one timer,
 * see createDeadlines). What stops the fetch underneath is an abort controller, which costs more
 * than the rest of a timeout together (about 2 µs in Node): calls started within one window
 * share one, aborted when the last of them has been waiting `timeoutMs`, so a fetch left waiting
 * stops at most one window after its call failed. A controller nobody waits on any more is
 * released at once.
 *
 * The timers are the client's, not `AbortSignal.timeout()`: that signal can be garbage-collected
 * while a call waits on something only the signal references, and then it never fires. A call
 * that ends leaves the queue, so finished calls keep nothing alive.
 */
export function createCallTimeouts(timeoutMs: number): CallTimeouts {
  // A timer cannot wait longer than MAX_TIMER_MS (it would fire at once), and no call waits that
  // long (24.8 days): beyond it, as for 0, there is no timeout.
  if (!(timeoutMs > 0) || timeoutMs > MAX_TIMER_MS) return untimed;
  const windowMs = Math.min(timeoutMs, 1000);
  let current: AbortGroup | undefined;
  const isClosed = (group: AbortGroup, now: number) =>
    group.calls >= CALLS_PER_CONTROLLER || now - group.opened >= windowMs;
  const join = (now: number): AbortGroup => {
    if (current !== undefined && !isClosed(current, now)) return current;
    const controller = new AbortController();
    const group: AbortGroup = { controller, opened: now, calls: 0, active: 0, timer: undefined };
    group.timer = setTimeout(
      () => controller.abort(timeoutReason(timeoutMs)),
      Math.min(timeoutMs + windowMs, MAX_TIMER_MS),
    );
    group.timer.unref?.();
    return (current = group);
  };
  const leave = (group: AbortGroup) => {
    group.active -= 1;
    if (group.active > 0 || !isClosed(group, performance.now())) return;
    clearTimeout(group.timer);
    group.timer = undefined;
    if (current === group) current = undefined;
  };

  const deadlines = createDeadlines(timeoutMs);

  return (signal) => {
    const caller = signal ?? undefined;
    const now = performance.now();
    const group = join(now);
    group.calls += 1;
    group.active += 1;
    const deadline = deadlines.start(now);
    let raced: Promise<unknown> | undefined;
    let left = false;
    const release = () => {
      if (left) return;
      left = true;
      leave(group);
    };
    return {
      signal: caller ? AbortSignal.any([caller, group.controller.signal]) : group.controller.signal,
      timedOut: () => deadline.expired,
      race<T>(call: Promise<T>): Promise<T> {
        raced = call;
        const timed = new Promise<T>((resolve, reject) => {
          deadline.expire.push(reject);
          call.then(resolve, reject);
        });
        return caller ? rejectOnAbort(timed, caller) : timed;
      },
      dispose() {
        deadlines.end(deadline);
        // A call that failed on time may still be waiting underneath: its group must abort it.
        if (deadline.expired && raced) raced.then(release, release);
        else release();
      },
    };
  };
}

/** One call's deadline; `expire` holds the rejections of what is raced against it. */
interface Deadline {
  readonly at: number;
  readonly expire: Array<(reason: unknown) => void>;
  expired: boolean;
  ended: boolean;
}

interface Deadlines {
  start(now: number): Deadline;
  end(deadline: Deadline): void;
}

/**
 * The deadlines of a client's calls, on one timer. Every call of a client has the same
 * timeout, so deadlines come due in the order the calls started: a queue whose head the timer
 * waits for. A timer per call cost more than the rest of the timeout together; this one is set
 * again only when it fires, at most once per head, and ended calls leave the head at once.
 * The timer holds the rejections, so a call whose fetch waits only on a collected signal still
 * fails when the time is up.
 */
function createDeadlines(timeoutMs: number): Deadlines {
  const queue: Deadline[] = [];
  let first = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dropEnded = () => {
    while (first < queue.length && queue[first]?.ended) first += 1;
    if (first === queue.length) {
      queue.length = 0;
      first = 0;
    } else if (first > 1024 && first * 2 > queue.length) {
      queue.splice(0, first);
      first = 0;
    }
  };
  const arm = () => {
    const head = queue[first];
    if (timer !== undefined || head === undefined) return;
    timer = setTimeout(fire, Math.max(0, head.at - performance.now()));
    timer.unref?.();
  };
  const fire = () => {
    timer = undefined;
    const now = performance.now();
    for (let head = queue[first]; head !== undefined && head.at <= now; head = queue[first]) {
      first += 1;
      if (head.ended) continue;
      head.expired = true;
      const reason = timeoutReason(timeoutMs);
      for (const reject of head.expire) reject(reason);
    }
    dropEnded();
    arm();
  };
  return {
    start(now: number): Deadline {
      const deadline: Deadline = { at: now + timeoutMs, expire: [], expired: false, ended: false };
      queue.push(deadline);
      arm();
      return deadline;
    },
    end(deadline: Deadline): void {
      deadline.ended = true;
      deadline.expire.length = 0;
      dropEnded();
    },
  };
}

function untimed(signal: AbortSignal | null | undefined): CallSignal {
  const caller = signal ?? undefined;
  return {
    signal: caller,
    timedOut: () => false,
    race: (call) => (caller ? rejectOnAbort(call, caller) : call),
    dispose: () => {},
  };
}

/** `call`, or a rejection with the signal's reason as soon as it aborts. */
function rejectOnAbort<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
