/**
 * Per-host politeness: each host has its own p-queue (its concurrency, default 1) and a
 * clock that spaces the starts of its requests by its delay (the larger of `--per-host-delay`
 * and the robots.txt Crawl-delay), and can be paused (a 429 or 503 with `Retry-After`).
 * A global p-queue bounds the requests in flight across hosts, separately.
 */
import PQueue from 'p-queue';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HostGate {
  /** The host's own queue (its concurrency). */
  readonly queue: PQueue;
  private nextStart = 0;

  constructor(
    readonly host: string,
    /** Milliseconds between the starts of two requests to this host. */
    private delayMsValue: number,
    concurrency: number,
  ) {
    this.queue = new PQueue({ concurrency });
  }

  /** Milliseconds between the starts of two requests to this host. */
  get delayMs(): number {
    return this.delayMsValue;
  }

  /** Waits until the host's next slot could be free (without taking it). */
  async approach(): Promise<void> {
    const wait = this.nextStart - Date.now();
    if (wait > 0) await sleep(wait);
  }

  /** Takes the host's next slot, waiting for it; returns the milliseconds waited. */
  async turn(): Promise<number> {
    const now = Date.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + this.delayMsValue;
    if (start > now) await sleep(start - now);
    return start - now;
  }

  /** Changes the delay, the slot already taken included (robots.txt's Crawl-delay is known after its request). */
  setDelay(delayMs: number): void {
    if (this.nextStart > 0) this.nextStart += delayMs - this.delayMsValue;
    this.delayMsValue = delayMs;
  }

  /** No request to this host before `until` (epoch ms). */
  pauseUntil(until: number): void {
    this.nextStart = Math.max(this.nextStart, until);
  }
}

/**
 * Milliseconds a `Retry-After` header asks to wait (seconds, or an HTTP date), or null when
 * absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with jitter: about `baseMs · 2^attempt`, times 0.5–1.5, capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  return Math.min(capMs, Math.round(baseMs * 2 ** attempt * (0.5 + random())));
}
