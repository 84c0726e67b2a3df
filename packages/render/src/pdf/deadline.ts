/** A time budget: one per report, shared by every step that renders it. */
export interface Deadline {
  /** The whole budget, in milliseconds. */
  readonly timeoutMs: number;
  /** Milliseconds left; at least 1, so it can be passed as a Puppeteer timeout (0 would mean "none"). */
  remaining(): number;
}

/** Thrown by {@link withinDeadline} when the budget runs out. */
export class DeadlineExceeded extends Error {
  constructor(timeoutMs: number) {
    super(`took longer than ${timeoutMs} ms`);
    this.name = "DeadlineExceeded";
  }
}

/**
 * Starts a budget of `timeoutMs` milliseconds from now.
 *
 * @example
 * const deadline = createDeadline(60_000);
 * await page.setContent(html, { timeout: deadline.remaining() });
 */
export function createDeadline(timeoutMs: number): Deadline {
  const end = performance.now() + timeoutMs;
  return { timeoutMs, remaining: () => Math.max(1, Math.ceil(end - performance.now())) };
}

/**
 * Settles like `work`, or rejects with {@link DeadlineExceeded} when the budget runs out first. `work` is not
 * cancelled: the caller must stop it (the renderer closes the browser), and its late rejection is ignored.
 */
export function withinDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(deadline.timeoutMs)), deadline.remaining());
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
