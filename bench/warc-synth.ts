/**
 * Writes synthetic WARC files shaped like a Common Crawl CC-NEWS file: per-record gzip
 * members, a warcinfo record, then request / response / metadata records, with HTML
 * responses among others (images, JSON, redirects, revisits, resources). Used by the WARC
 * test and by `bench/warc.ts`; nothing in it is real news text.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';

/** What one synthetic record is. */
export type SyntheticKind = 'html' | 'html-latin1' | 'image' | 'json' | 'redirect' | 'request' | 'metadata' | 'revisit' | 'resource';

export interface SyntheticRecord {
  kind: SyntheticKind;
  uri: string;
  date: string;
}

/** A small deterministic random generator (mulberry32), so a seed gives the same file. */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['shares', 'rose', 'fell', 'traders', 'said', 'market', 'index', 'bond', 'yield', 'fund', 'inflows', 'quarter', 'revenue', 'analysts', 'the', 'a', 'of', 'in', 'on'];

function body(random: () => number, n: number, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const words = Array.from({ length: 30 + Math.floor(random() * 40) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    out.push(`<p>Item ${n}: ${words.join(' ')} ${(random() * 10).toFixed(1)}% to $${Math.floor(random() * 900) + 10} million, Reuters reported.</p>`);
  }
  return out.join('\n');
}

function record(type: string, uri: string, date: string, contentType: string, payload: Buffer, extra: Record<string, string> = {}): Buffer {
  const id = `<urn:uuid:${[8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, (_, i) => ((uri.length * 7 + i * 13 + date.length) % 16).toString(16)).join('')).join('-')}>`;
  const headers = [`WARC/1.0`, `WARC-Type: ${type}`, `WARC-Record-ID: ${id}`, `WARC-Date: ${date}`, `WARC-Target-URI: ${uri}`, ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`), `Content-Type: ${contentType}`, `Content-Length: ${payload.length}`];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`), payload, Buffer.from('\r\n\r\n')]);
}

const http = (status: string, headers: Record<string, string>, content: Buffer) =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${Object.entries({ ...headers, 'Content-Length': String(content.length) }).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`), content]);

/** The records of one synthetic WARC (what {@link writeSyntheticWarc} writes, in order). */
export function* syntheticRecords(count: number, seed = 1, paragraphs = 6): Generator<{ meta: SyntheticRecord; bytes: Buffer }> {
  const random = randomFrom(seed);
  yield { meta: { kind: 'metadata', uri: '', date: '2025-05-28T00:00:00Z' }, bytes: record('warcinfo', '', '2025-05-28T00:00:00Z', 'application/warc-fields', Buffer.from('software: claimscan-bench\r\nformat: WARC File Format 1.0\r\n')) };
  const kinds: SyntheticKind[] = ['html', 'html', 'html', 'html-latin1', 'request', 'request', 'image', 'json', 'redirect', 'metadata', 'revisit', 'resource'];
  for (let n = 0; n < count; n++) {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const uri = `https://news${n % 7}.example/2025/05/28/story-${n}.html`;
    const date = new Date(Date.UTC(2025, 4, 28, 0, 0, n % 86400)).toISOString().replace('.000', '');
    const meta: SyntheticRecord = { kind, uri, date };
    let bytes: Buffer;
    switch (kind) {
      case 'html':
        bytes = record('response', uri, date, 'application/http; msgtype=response', http('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, Buffer.from(`<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>${body(random, n, paragraphs)}</article></body></html>`)));
        break;
      case 'html-latin1':
        bytes = record('response', uri, date, 'application/http; msgtype=response', http('200 OK', { 'Content-Type': 'text/html; charset=iso-8859-1' }, Buffer.from(`<html><head><title>Caf\xe9 ${n}</title></head><body><article>${body(random, n, paragraphs).replace('Reuters', 'Caf\xe9 Reuters')}</article></body></html>`, 'latin1')));
        break;
      case 'image':
        bytes = record('response', uri.replace('.html', '.jpg'), date, 'application/http; msgtype=response', http('200 OK', { 'Content-Type': 'image/jpeg' }, Buffer.alloc(2000 + Math.floor(random() * 4000), 0xff)));
        meta.uri = uri.replace('.html', '.jpg');
        break;
      case 'json':
        bytes = record('response', uri.replace('.html', '.json'), date, 'application/http; msgtype=response', http('200 OK', { 'Content-Type': 'application/json' }, Buffer.from(JSON.stringify({ n }))));
        meta.uri = uri.replace('.html', '.json');
        break;
      case 'redirect':
        bytes = record('response', uri, date, 'application/http; msgtype=response', http('301 Moved Permanently', { Location: `${uri}?amp`, 'Content-Type': 'text/html' }, Buffer.from('<a href="x">moved</a>')));
        break;
      case 'request':
        bytes = record('request', uri, date, 'application/http; msgtype=request', Buffer.from(`GET /2025/05/28/story-${n}.html HTTP/1.1\r\nHost: news${n % 7}.example\r\nUser-Agent: bench\r\n\r\n`));
        break;
      case 'metadata':
        bytes = record('metadata', uri, date, 'application/warc-fields', Buffer.from(`fetchTimeMs: ${n % 1000}\r\n`));
        break;
      case 'revisit':
        bytes = record('revisit', uri, date, 'application/http; msgtype=response', http('200 OK', { 'Content-Type': 'text/html' }, Buffer.alloc(0)), { 'WARC-Profile': 'http://netpreserve.org/warc/1.0/revisit/identical-payload-digest' });
        break;
      case 'resource':
        bytes = record('resource', uri, date, 'text/html', Buffer.from(`<html><body><p>resource ${n}</p></body></html>`));
        break;
    }
    yield { meta, bytes };
  }
}

/**
 * Writes `count` records (plus a warcinfo record) to `file`, each record its own gzip member
 * when `gzip`; returns what it wrote.
 */
export async function writeSyntheticWarc(file: string, count: number, options: { seed?: number; gzip?: boolean; paragraphs?: number; keep?: boolean } = {}): Promise<SyntheticRecord[]> {
  const out = createWriteStream(file);
  const written: SyntheticRecord[] = [];
  for (const { meta, bytes } of syntheticRecords(count, options.seed ?? 1, options.paragraphs ?? 6)) {
    if (options.keep !== false) written.push(meta);
    if (!out.write(options.gzip === false ? bytes : gzipSync(bytes, { level: 1 }))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}
