/**
 * WARC input (`.warc`, `.warc.gz`; a Common Crawl CC-NEWS file is the model), read as a
 * stream with warcio (webrecorder's parser; node-warc was measured too and fails at the end
 * of a stream on Node 20). Each `response` record whose HTTP status is 2xx and whose payload
 * is HTML becomes an article record with the record's target URI and its payload decoded by
 * the charset rules of pipeline/fetch.ts; the record's `WARC-Date` is its date when the page
 * declares none of its own. Every other record is counted and skipped. Only one record is
 * held in memory at a time, so memory stays flat whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';
import { decode } from './fetch.js';
import { originLabel } from './load.js';
import { parseRecord, RecordError } from './record.js';
import type { LoadedItem, Origin } from './types.js';

export interface WarcOptions {
  /** Largest payload read, after decoding; a larger record is an error for that record. Default 20 MiB. */
  maxRecordBytes?: number;
}

/** What a WARC file held, by kind: `response html`, `response image/jpeg`, `request`, `warcinfo`, … */
export type WarcCounts = Record<string, number>;

const HTML = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** A page that states its own publication date (the cleaner reads it; the WARC-Date is then not used). */
const DECLARES_DATE =
  /<meta\b[^>]*\b(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish[-_]date|date|dc\.date(?:\.issued)?|dcterms\.(?:created|date)|sailthru\.date|parsely-pub-date)["'\s>]|"datePublished"\s*:/i;

/**
 * The HTML responses of a WARC file as loaded items, in file order; `counts` is filled with
 * what the file held (and what was skipped) as it is read. The origin's `line` is the record's
 * number in the file (1-based).
 */
export async function* loadWarc(file: string, counts: WarcCounts = {}, options: WarcOptions = {}): AsyncGenerator<LoadedItem> {
  const maxBytes = options.maxRecordBytes ?? 20 * 1024 * 1024;
  const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);
  const raw = createReadStream(file);
  // Node's gunzip reads the per-record gzip members one after another and, unlike warcio's
  // own inflater, says so when the file ends inside one (a truncated download).
  const gunzip = file.toLowerCase().endsWith('.gz') ? createGunzip() : null;
  if (gunzip) raw.on('error', (err) => gunzip.destroy(err));
  const stream = gunzip ? raw.pipe(gunzip) : raw;
  let number = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      number++;
      const origin: Origin = { input: file, line: number };
      const type = record.warcType ?? 'unknown';
      if (type !== 'response') {
        count(type);
        continue;
      }
      const info = record.getResponseInfo();
      const status = Number(info?.status);
      const contentType = info?.headers.get('content-type') ?? '';
      if (!(status >= 200 && status < 300)) {
        count(`response ${Number.isFinite(status) ? status : 'without HTTP status'}`);
        continue;
      }
      if (!HTML.test(contentType.trim())) {
        count(`response ${contentType.split(';')[0]!.trim().toLowerCase() || 'without Content-Type'}`);
        continue;
      }
      const uri = record.warcTargetURI ?? undefined;
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of record) {
        size += chunk.byteLength;
        if (size > maxBytes) break;
        chunks.push(chunk);
      }
      if (size > maxBytes) {
        count('response html over the size limit');
        yield { ok: false, origin, error: `${originLabel(origin)}: the HTML payload of ${uri ?? 'the record'} is over the ${maxBytes}-byte limit; skipped` };
        continue;
      }
      count('response html');
      const html = decode(Buffer.concat(chunks, size), contentType);
      const date = record.warcDate ?? undefined;
      const value = { url: uri, html, ...(date && !DECLARES_DATE.test(html.slice(0, 200_000)) ? { published: date } : {}), warcDate: date, warcRecordId: record.warcHeader('WARC-Record-ID') ?? undefined };
      try {
        const warnings: string[] = [];
        const parsed = parseRecord(value, warnings);
        yield warnings.length ? { ok: true, origin, record: parsed, warnings: warnings.map((w) => `${originLabel(origin)}: ${w}`) } : { ok: true, origin, record: parsed };
      } catch (err) {
        if (!(err instanceof RecordError)) throw err;
        yield { ok: false, origin, error: `${originLabel(origin)}: ${err.message}` };
      }
    }
  } catch (err) {
    yield { ok: false, origin: { input: file, line: number + 1 }, error: `cannot read ${file} after record ${number}: ${(err as Error).message}` };
  } finally {
    raw.destroy();
    gunzip?.destroy();
  }
}

/** One line for people: what a WARC file held and what was skipped. */
export function describeWarcCounts(file: string, counts: WarcCounts): string {
  const html = counts['response html'] ?? 0;
  const skipped = Object.entries(counts)
    .filter(([kind]) => kind !== 'response html')
    .sort((a, b) => b[1] - a[1]);
  const total = skipped.reduce((n, [, c]) => n + c, 0);
  return `${file}: ${html} HTML responses read; ${total} other records skipped${total ? ` (${skipped.map(([k, c]) => `${k} ${c}`).join(', ')})` : ''}`;
}

/** {@link loadWarc}, then a line on standard error saying what the file held and what was skipped. */
export async function* loadWarcFile(file: string, options: WarcOptions = {}): AsyncGenerator<LoadedItem> {
  const counts: WarcCounts = {};
  yield* loadWarc(file, counts, options);
  process.stderr.write(`claimscan: ${describeWarcCounts(file, counts)}\n`);
}
