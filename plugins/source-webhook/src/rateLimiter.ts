/** A rate of requests: a sustained rate and a burst allowance. */
export interface RateLimit {
  /** Requests per second sustained. */
  readonly perSecond: number;
  /** Requests allowed at once after a quiet spell. @default 2 × perSecond */
  readonly burst?: number;
}

/** The answer of {@link RateLimiter.take}: allowed, or the whole seconds to wait. */
export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** A token bucket per key; see {@link createRateLimiter}. */
export interface RateLimiter {
  take(key: string, nowMs: number): RateDecision;
}

/**
 * One token bucket per key (per sender): each request takes a token, tokens refill at `perSecond` up to
 * `burst`. A refused request is told how many whole seconds until a token is back — the `Retry-After`.
 *
 * @example
 * const limiter = createRateLimiter({ perSecond: 1, burst: 1 });
 * limiter.take("typeform", 0);   // { ok: true }
 * limiter.take("typeform", 10);  // { ok: false, retryAfterSeconds: 1 }
 */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  const burst = limit.burst ?? limit.perSecond * 2;
  const buckets = new Map<string, { tokens: number; atMs: number }>();
  return {
    take(key, nowMs) {
      const bucket = buckets.get(key) ?? { tokens: burst, atMs: nowMs };
      bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * limit.perSecond);
      bucket.atMs = nowMs;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)) };
    },
  };
}
