/**
 * Fetches an article page for an `http(s)://` INPUT: a clear User-Agent, a time limit, a
 * redirect limit, a size cap, and the charset taken from the headers or the page's `<meta>`.
 */
import { parseRecord, recordFromPlainText } from './record.js';
import type { ArticleRecord } from './types.js';

export interface FetchOptions {
  /** Whole-request time limit in milliseconds, body included. Default 20000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Largest body accepted, in bytes. Default 10 MiB. */
  maxBytes?: number;
  /** User-Agent header. Default `claimscan/<version> (+https://github.com/claimscan/claimscan)`. */
  userAgent?: string;
}

export const DEFAULT_USER_AGENT = 'claimscan/0.1 (finance news claim checker; +https://github.com/claimscan/claimscan)';

const DEFAULTS: Required<FetchOptions> = {
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  userAgent: DEFAULT_USER_AGENT,
};

/**
 * Fetches `url` and returns an article record: `{ url, html }` for a page, `{ url, title, text }`
 * for plain text, the record itself for JSON.
 * @throws Error with a message that says what went wrong (status, timeout, size, redirects).
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<ArticleRecord> {
  const opts = { ...DEFAULTS, ...options };
  for (const key of ['timeoutMs', 'maxRedirects', 'maxBytes'] as const) {
    if (!Number.isFinite(opts[key]) || opts[key] < 0) {
      throw new TypeError(`fetch option ${key} must be a non-negative number, got ${String(opts[key])}`);
    }
  }
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,*/*;q=0.5' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= opts.maxRedirects) throw new Error(`more than ${opts.maxRedirects} redirects`);
        current = new URL(response.headers.get('location')!, current).href;
        if (!/^https?:$/.test(new URL(current).protocol)) throw new Error(`redirected to a non-HTTP address ${current}`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > opts.maxBytes) {
        await response.body?.cancel();
        throw new Error(`body of ${declared} bytes is over the ${opts.maxBytes}-byte limit`);
      }
      const bytes = await readCapped(response, opts.maxBytes);
      const contentType = response.headers.get('content-type') ?? '';
      const text = decode(bytes, contentType);
      const finalUrl = current;
      if (/\bjson\b/i.test(contentType)) return { url: finalUrl, ...parseRecord(JSON.parse(text)) };
      if (/^text\/plain\b/i.test(contentType)) return { url: finalUrl, ...recordFromPlainText(text) };
      return { url: finalUrl, html: text };
    }
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError' || (e.name === 'AbortError' && signal.aborted)) {
      throw new Error(`no complete answer within ${opts.timeoutMs} ms`);
    }
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    if (e.message === 'fetch failed' && cause) throw new Error(cause.code ? `${cause.code} ${cause.message ?? ''}`.trim() : String(cause.message));
    throw e;
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`body is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Charset from the Content-Type header, else a BOM, else `<meta charset>` in the first 2 KB, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string): string {
  let label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  }
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    label =
      /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
      /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Node decodes windows-1252 (and the latin1 labels the WHATWG Encoding standard maps to
  // it) as ISO-8859-1, losing €, “ ” and the like in 0x80–0x9F (nodejs/node#56542).
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoder.decode(bytes);
}

/** windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to themselves). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
