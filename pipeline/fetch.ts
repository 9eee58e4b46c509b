/**
 * The one way claimscan reads the web: an `http(s)://` INPUT, and every request `crawl` makes.
 *
 * - **No private addresses**: a host that is, or resolves to, a loopback, private,
 *   link-local, CGNAT, multicast, unspecified or otherwise non-public address is refused
 *   when the connection is made, on every redirect hop (so a DNS answer that changes between
 *   a check and the connect cannot slip through), unless `allowPrivate`. Address classes
 *   come from ipaddr.js; IP literals in any form (`2130706433`, `0x7f.1`, `[::ffff:7f00:1]`)
 *   are normalised by the WHATWG URL parser before they are classified.
 * - **Bounded**: a time limit for the whole exchange, at most `maxRedirects` redirects, only
 *   http and https, a cap on the body after decompression (a gzip bomb stops at the cap),
 *   and a body shorter or longer than its `Content-Length` is an error.
 * - **Charset** by the WHATWG sniffing order (encoding-sniffer: BOM, then the header, then
 *   `<meta>` or the XML declaration in the first 1,024 bytes); valid UTF-8 that contradicts a
 *   declared latin1 / windows-1252 is read as UTF-8.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { getEncoding } from 'encoding-sniffer';
import ipaddr from 'ipaddr.js';
import { parseRecord, recordFromPlainText } from './record.js';
import type { ArticleRecord } from './types.js';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** Resolves a host name to its addresses (default: the system resolver, `dns.lookup`). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** Whole-request time limit in milliseconds, redirects and body included. Default 20000. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. 0 returns a redirect response as it is. */
  maxRedirects?: number;
  /** Largest body accepted, in bytes, after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** User-Agent header. Default {@link DEFAULT_USER_AGENT}. */
  userAgent?: string;
  /**
   * Fetch from loopback, private, link-local and other non-public addresses too. Default
   * false: such a host is refused at connect time (tests on 127.0.0.1 set it).
   */
  allowPrivate?: boolean;
  /**
   * Non-public addresses allowed all the same (a proxy on the local network, a test server on
   * 127.0.0.1), written as ipaddr.js prints them (`127.0.0.1`, `::1`). Default none.
   */
  allowedAddresses?: readonly string[];
  /** Host name resolver. Default: the system's (`dns.lookup`). Tests give a stub. */
  resolve?: Resolver;
  /** Extra request headers (`If-None-Match`, `Accept`, …), lower- or mixed-case names. */
  headers?: Record<string, string>;
  /** Cancels the request. */
  signal?: AbortSignal;
}

export const DEFAULT_USER_AGENT = 'claimscan/0.1 (finance news claim checker; +https://github.com/claimscan/claimscan)';

const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,*/*;q=0.5';

const DEFAULTS = {
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  userAgent: DEFAULT_USER_AGENT,
  allowPrivate: false,
};

/** Why a fetch failed, as a code a caller can act on (`crawl` parks hosts on some of them). */
export type FetchErrorCode =
  | 'blocked-address'
  | 'timeout'
  | 'too-large'
  | 'length-mismatch'
  | 'too-many-redirects'
  | 'bad-scheme'
  | 'bad-encoding'
  | 'http-status'
  | 'network'
  | 'aborted';

/** A failed fetch; `message` says what went wrong, `code` what kind of failure it was. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The HTTP status, for `http-status`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** The answer to one fetch (after redirects). */
export interface FetchedResource {
  /** The URL asked for. */
  url: string;
  /** The URL that answered (after redirects). */
  finalUrl: string;
  /** Every URL redirected to, in order (empty when none). */
  redirects: string[];
  status: number;
  statusText: string;
  /** Response headers, lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body, decompressed (empty for 304 and redirects). */
  body: Uint8Array;
  /** Bytes received on the wire for the final response's body (before decompression). */
  wireBytes: number;
  /** Milliseconds from the first request to the end of the body. */
  elapsedMs: number;
}

/**
 * Why `address` (an IPv4 or IPv6 literal) may not be fetched by default: the ipaddr.js range
 * name (`loopback`, `private`, `linkLocal`, `carrierGradeNat`, …), or null for a public
 * unicast address. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function addressRefusal(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return 'not an IP address';
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

function sameAddress(a: string, b: string): boolean {
  try {
    return ipaddr.process(a).toString() === ipaddr.process(b).toString();
  } catch {
    return false;
  }
}

const blocked = (host: string, address: string, why: string) =>
  new FetchError(
    'blocked-address',
    host === address
      ? `refused: ${address} is a ${why} address; claimscan does not fetch non-public addresses (use --allow-private to allow)`
      : `refused: ${host} resolves to ${address}, a ${why} address; claimscan does not fetch non-public addresses (use --allow-private to allow)`,
  );

const systemResolver: Resolver = async (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for `net.connect`: resolves with `resolve` and refuses the connection when any
 * address is non-public. It runs for every connection, so the address checked is the
 * address connected to.
 */
function guardedLookup(resolve: Resolver, refusal: (address: string) => string | null): net.LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (!wanted.length) {
          const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
          callback(err);
          return;
        }
        for (const a of found) {
          const why = refusal(a.address);
          if (why) return callback(blocked(hostname, a.address, why));
        }
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: unknown) => callback(err),
    );
  }) as net.LookupFunction;
}

interface Hop {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Uint8Array;
  wireBytes: number;
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function decompressor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError('bad-encoding', `unsupported Content-Encoding "${encoding}"`);
  }
}

/** One request, no redirect following. Resolves for any status; rejects on transport failure. */
function requestOnce(url: URL, opts: typeof DEFAULTS & FetchOptions, signal: AbortSignal): Promise<Hop> {
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const refusal = (address: string): string | null => {
      if (opts.allowPrivate) return null;
      const why = addressRefusal(address);
      return why && !opts.allowedAddresses?.some((a) => sameAddress(a, address)) ? why : null;
    };
    // An IP literal is connected to without a lookup: judge it here.
    if (net.isIP(hostname)) {
      const why = refusal(hostname);
      if (why) return reject(blocked(hostname, hostname, why));
    }
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
      ...Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    };
    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      agent: false,
      lookup: guardedLookup(opts.resolve ?? systemResolver, refusal),
      signal,
    });
    let declaredLength: number | null = null;
    let wireBytes = 0;
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (signal.aborted) return fail(signal.reason);
      if (err instanceof FetchError) return fail(err);
      // The HTTP parser reads bytes past the declared length as a broken next response.
      if (err.code?.startsWith('HPE_') && declaredLength !== null) {
        return fail(new FetchError('length-mismatch', `the body is longer than its Content-Length of ${declaredLength} bytes`));
      }
      fail(networkError(err));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const responseHeaders = flattenHeaders(res.headers);
      const hop = { status, statusText: res.statusMessage ?? '', headers: responseHeaders };
      const length = responseHeaders['content-length'];
      if (length !== undefined) {
        declaredLength = /^\d+$/.test(length.trim()) ? Number(length) : NaN;
        if (Number.isNaN(declaredLength)) return fail(new FetchError('length-mismatch', `invalid Content-Length "${length}"`));
      }
      if ((status >= 300 && status < 400 && status !== 304 && res.headers.location) || status === 304 || status === 204) {
        res.resume();
        settled = true;
        resolve({ ...hop, body: new Uint8Array(), wireBytes: 0 });
        req.destroy();
        return;
      }
      if (declaredLength !== null && declaredLength > opts.maxBytes) {
        return fail(new FetchError('too-large', `body of ${declaredLength} bytes is over the ${opts.maxBytes}-byte limit`));
      }
      let decoder;
      try {
        decoder = decompressor((responseHeaders['content-encoding'] ?? '').trim().toLowerCase());
      } catch (err) {
        return fail(err);
      }
      res.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
      });
      const chunks: Buffer[] = [];
      let size = 0;
      let overCap: FetchError | null = null;
      const collect = async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > opts.maxBytes) {
            overCap = new FetchError('too-large', `${decoder ? 'decompressed ' : ''}body is over the ${opts.maxBytes}-byte limit`);
            throw overCap;
          }
          chunks.push(chunk);
        }
      };
      const done = decoder ? pipeline(res, decoder, collect) : pipeline(res, collect);
      done.then(
        // Bytes past the declared length arrive as a parser error on the request: give them a turn.
        () => setImmediate(() => {
          if (settled) return;
          if (declaredLength !== null && wireBytes !== declaredLength) {
            return fail(new FetchError('length-mismatch', `the body has ${wireBytes} bytes but its Content-Length says ${declaredLength}`));
          }
          settled = true;
          resolve({ ...hop, body: Buffer.concat(chunks, size), wireBytes });
        }),
        (err: NodeJS.ErrnoException) => {
          if (signal.aborted) return fail(signal.reason);
          if (overCap) return fail(overCap);
          if (err instanceof FetchError) return fail(err);
          if (declaredLength !== null && wireBytes < declaredLength) {
            return fail(new FetchError('length-mismatch', `the body ended after ${wireBytes} of the ${declaredLength} bytes its Content-Length declares`));
          }
          if (err.code?.startsWith('Z_') || err.code?.startsWith('ERR__')) {
            return fail(new FetchError('bad-encoding', `the ${responseHeaders['content-encoding']} body cannot be decompressed: ${err.message}`));
          }
          fail(networkError(err));
        },
      );
    });
    req.end();
  });
}

function networkError(err: NodeJS.ErrnoException): FetchError {
  if (err instanceof FetchError) return err;
  return new FetchError('network', err.code ? `${err.code} ${err.message.replace(new RegExp(`^${err.code}:?\\s*`), '')}`.trim() : err.message);
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url`, following redirects up to `maxRedirects`, and returns the final answer
 * whatever its status (404, 429, 304 and the like are answers, not errors). With
 * `maxRedirects: 0` a redirect is returned as it is (`headers.location` says where).
 * @throws FetchError for a refused address, a timeout, a body over the cap or off its
 * `Content-Length`, too many redirects, a non-HTTP redirect target or a network failure.
 */
export async function fetchResource(url: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const opts = { ...DEFAULTS, ...options };
  for (const key of ['timeoutMs', 'maxRedirects', 'maxBytes'] as const) {
    if (!Number.isFinite(opts[key]) || opts[key] < 0) {
      throw new TypeError(`fetch option ${key} must be a non-negative number, got ${String(opts[key])}`);
    }
  }
  const started = performance.now();
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchError('bad-scheme', `not a URL: ${url}`);
  }
  if (!/^https?:$/.test(current.protocol)) throw new FetchError('bad-scheme', `only http and https are fetched, not ${current.protocol}`);
  const redirects: string[] = [];
  try {
    for (;;) {
      const hop = await requestOnce(current, opts, signal);
      const location = hop.headers.location;
      if (REDIRECT.has(hop.status) && location && opts.maxRedirects > 0) {
        if (redirects.length >= opts.maxRedirects) throw new FetchError('too-many-redirects', `more than ${opts.maxRedirects} redirects`);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchError('bad-scheme', `redirected to an unreadable address "${location}"`);
        }
        if (!/^https?:$/.test(next.protocol)) throw new FetchError('bad-scheme', `redirected to a non-HTTP address ${next.href}`);
        current = next;
        redirects.push(next.href);
        continue;
      }
      return { url, finalUrl: current.href, redirects, ...hop, elapsedMs: performance.now() - started };
    }
  } catch (err) {
    if (timeout.aborted) throw new FetchError('timeout', `no complete answer within ${opts.timeoutMs} ms`);
    if (opts.signal?.aborted) throw new FetchError('aborted', 'the request was cancelled');
    throw err;
  }
}

/** The body of a fetched resource as text, by {@link decode}. */
export const resourceText = (resource: FetchedResource): string => decode(resource.body, resource.headers['content-type'] ?? '');

/**
 * Fetches `url` and returns an article record: `{ url, html }` for a page, `{ url, title, text }`
 * for plain text, the record itself for JSON.
 * @throws Error with a message that says what went wrong (status, timeout, size, redirects,
 * a refused address).
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<ArticleRecord> {
  const resource = await fetchResource(url, options);
  if (resource.status < 200 || resource.status >= 300) {
    throw new FetchError('http-status', `HTTP ${resource.status} ${resource.statusText}`.trim(), resource.status);
  }
  const contentType = resource.headers['content-type'] ?? '';
  const text = decode(resource.body, contentType);
  const finalUrl = resource.finalUrl;
  if (/\bjson\b/i.test(contentType)) return { url: finalUrl, ...parseRecord(JSON.parse(text)) };
  if (/^text\/plain\b/i.test(contentType)) return { url: finalUrl, ...recordFromPlainText(text) };
  return { url: finalUrl, html: text };
}

/** The charset a Content-Type header names, if any. */
const headerCharset = (contentType: string): string | undefined => /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when `bytes` has a byte over 0x7F and is valid UTF-8 throughout. */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a page body by the WHATWG sniffing order: a byte-order mark, then the charset of the
 * Content-Type header, then `<meta charset>` / `<meta http-equiv>` or the XML declaration in
 * the first 1,024 bytes, else UTF-8. A declared latin1 (windows-1252) that the bytes
 * contradict by being valid non-ASCII UTF-8 is overruled: they are read as UTF-8.
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  const transport = headerCharset(contentType);
  let encoding: string;
  try {
    encoding = getEncoding(bytes, { transportLayerEncodingLabel: transport, defaultEncoding: 'utf-8' });
  } catch {
    encoding = 'utf-8';
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  if (decoder.encoding === 'windows-1252') {
    if (isNonAsciiUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
    // Node decodes windows-1252 (and the latin1 labels the WHATWG Encoding standard maps to
    // it) as ISO-8859-1, losing €, “ ” and the like in 0x80–0x9F (nodejs/node#56542).
    return decodeWindows1252(bytes);
  }
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
