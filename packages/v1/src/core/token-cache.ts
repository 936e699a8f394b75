/**
 * An access token as `/users/getToken` gives it: `now` and `expired_at` are the server's clock,
 * in seconds. Without them the token's lifetime is unknown.
 */
export interface IssuedToken {
  readonly access_token: string;
  readonly now?: number;
  readonly expired_at?: number;
}

export interface TokenCacheOptions {
  /** Asks PortOne for a token. */
  readonly issue: () => Promise<IssuedToken>;
  /** A monotonic clock in milliseconds, to measure how long a token has been held. */
  readonly clock: () => number;
}

export interface TokenCache {
  /** A token good to use: the cached one, or one fetched once however many callers wait. */
  get(): Promise<string>;
  /** Drops `token` (PortOne said 401 to it), unless a newer one already replaced it. */
  invalidate(token: string): void;
}

/**
 * Refresh this long before expiry. PortOne extends a token asked for within its last minute
 * by 5 minutes but returns it unchanged before that, so refreshing earlier would only fetch
 * the same token again on every call until then.
 */
export const REFRESH_BEFORE_MS = 50_000;
/** A token that came back without an extension is used until this long before it expires. */
export const EXPIRY_SAFETY_MS = 5_000;

/**
 * The V1 access token: fetched once, cached, refreshed ahead of expiry. Its lifetime is
 * measured from PortOne's `expired_at - now`, never against the local wall clock, which may
 * be off; only the time held is measured locally, on a monotonic clock.
 */
export function createTokenCache(options: TokenCacheOptions): TokenCache {
  let current: { token: string; refreshAt: number; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const issued = await options.issue();
    const receivedAt = options.clock();
    const lifetimeMs = ((issued.expired_at ?? Number.NaN) - (issued.now ?? Number.NaN)) * 1000;
    // A token of unknown or no remaining lifetime serves the calls waiting for it, never later ones.
    if (!(lifetimeMs > EXPIRY_SAFETY_MS)) {
      current = undefined;
      return issued.access_token;
    }
    const expiresAt = receivedAt + lifetimeMs;
    const refreshAt =
      lifetimeMs > REFRESH_BEFORE_MS ? expiresAt - REFRESH_BEFORE_MS : expiresAt - EXPIRY_SAFETY_MS;
    current = { token: issued.access_token, refreshAt, expiresAt };
    return issued.access_token;
  };

  return {
    get() {
      if (current && options.clock() < current.refreshAt) return Promise.resolve(current.token);
      pending ??= fetchToken()
        .catch((error: unknown) => {
          // An early refresh that fails does not fail calls the current token can still make.
          if (current && options.clock() < current.expiresAt - EXPIRY_SAFETY_MS) return current.token;
          throw error;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}
