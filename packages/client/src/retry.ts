/**
 * The retry policy, in one place: which failures are worth another attempt, and how long to wait first.
 * Which calls may retry at all is decided by the caller (`request.ts`): GET by default, anything else only
 * when the call sets `maxRetries`.
 */

/** The longest wait `Retry-After` can ask for: a longer one is cut down to this. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Statuses that may go away on their own: 408 Request Timeout, 429 Too Many Requests and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first): what `Retry-After` asks for (seconds or
 * an HTTP date; a past date is negative, which timers treat as 0; at most `MAX_RETRY_AFTER_MS`) when the answer has one, otherwise
 * exponential backoff (0.5 s, 1 s, 2 s ... at most 8 s) less up to 25 % of jitter.
 */
export function retryDelayMs(retry: number, retryAfter?: string | null): number {
  const seconds = +(retryAfter || NaN);
  const ms = seconds >= 0 ? seconds * 1000 : Date.parse(retryAfter as string) - Date.now();
  // NaN (no header, or neither seconds nor a date) means the backoff; a past date (< 0) waits 0 in setTimeout.
  return Number.isNaN(ms)
    ? Math.min(500 * 2 ** retry, 8000) * (1 - Math.random() * 0.25)
    : Math.min(ms, MAX_RETRY_AFTER_MS);
}

/** Resolves after `ms` milliseconds, or as soon as `signal` fires (the caller then sees `signal.aborted`). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener("abort", done);
  });
}
