/**
 * robots.txt, read once per host per crawl run with robots-parser (Google's matching rules:
 * longest match wins, `*` and `$` wildcards, `Allow` beats an equally long `Disallow`).
 *
 * A 2xx answer is obeyed for our User-Agent's product token (`claimscan` of
 * `claimscan/0.1 (…)`), falling back to the `*` group. A 4xx answer (no robots.txt) allows
 * everything. A 5xx answer, a 429, a timeout or a network error means the site cannot say
 * what it allows: the host is skipped for this run.
 */
import robotsParserModule from 'robots-parser';
import { fetchResource, resourceText, type FetchOptions } from '../fetch.js';
import { robotsUrl } from './url.js';

/** What robots.txt says about a host for this run. */
export interface HostRules {
  /** `parsed` (2xx), `no-robots` (4xx: all allowed), `unavailable` (host skipped). */
  robots: 'parsed' | 'no-robots' | 'unavailable';
  /** HTTP status of robots.txt, null when there was no answer. */
  status: number | null;
  /** True when our User-Agent may fetch `url` (a URL of this host). */
  isAllowed(url: string): boolean;
  /** Crawl-delay for our User-Agent in milliseconds, null when none. */
  crawlDelayMs: number | null;
  /** `Sitemap:` lines. */
  sitemaps: string[];
  /** Why it is unavailable. */
  error: string | null;
  /** Bytes and time of the request (null when none was answered). */
  bytes: number | null;
  elapsedMs: number | null;
}

// robots-parser is CommonJS (`module.exports = fn`) while its types declare a default export.
const robotsParser = robotsParserModule as unknown as (typeof robotsParserModule)['default'];

/** Largest robots.txt read (Google reads 500 KiB). */
const MAX_ROBOTS_BYTES = 512 * 1024;

/** Fetches and reads the robots.txt of `pageUrl`'s origin. Never throws. */
export async function readRobots(pageUrl: string, userAgent: string, fetchOptions: FetchOptions): Promise<HostRules> {
  const url = robotsUrl(pageUrl);
  const unavailable = (status: number | null, error: string, bytes: number | null = null, elapsedMs: number | null = null): HostRules => ({
    robots: 'unavailable',
    status,
    isAllowed: () => false,
    crawlDelayMs: null,
    sitemaps: [],
    error,
    bytes,
    elapsedMs,
  });
  let resource;
  try {
    resource = await fetchResource(url, { ...fetchOptions, maxBytes: MAX_ROBOTS_BYTES, headers: { accept: 'text/plain,*/*;q=0.5' } });
  } catch (err) {
    return unavailable(null, `robots.txt: ${(err as Error).message}`);
  }
  const { status, wireBytes, elapsedMs } = resource;
  if (status >= 500 || status === 429) return unavailable(status, `robots.txt answered HTTP ${status}`, wireBytes, elapsedMs);
  if (status >= 400) return { robots: 'no-robots', status, isAllowed: () => true, crawlDelayMs: null, sitemaps: [], error: null, bytes: wireBytes, elapsedMs };
  if (status < 200 || status >= 300) return unavailable(status, `robots.txt answered HTTP ${status}`, wireBytes, elapsedMs);
  const robots = robotsParser(url, resourceText(resource));
  const delay = robots.getCrawlDelay(userAgent);
  return {
    robots: 'parsed',
    status,
    isAllowed: (target) => robots.isAllowed(target, userAgent) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.round(delay * 1000) : null,
    sitemaps: robots.getSitemaps(),
    error: null,
    bytes: wireBytes,
    elapsedMs,
  };
}
