/** WARC input: a WARC.gz of several hundred mixed records, built here, read by ingest. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticWarc, type SyntheticRecord } from '../../bench/warc-synth.js';
import { resolveConfig } from '../../pipeline/config.js';
import { ingest } from '../../pipeline/ingest.js';
import { fileKind } from '../../pipeline/load.js';
import type { LoadedItem } from '../../pipeline/types.js';
import { loadWarc, type WarcCounts } from '../../pipeline/warc.js';
import { ClaimsDb } from '../../storage/db.js';

let dir: string;
let gz: string;
let written: SyntheticRecord[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-warc-'));
  gz = path.join(dir, 'CC-NEWS-test.warc.gz');
  written = await writeSyntheticWarc(gz, 400, { seed: 7, paragraphs: 2 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const htmlRecords = () => written.filter((r) => r.kind === 'html' || r.kind === 'html-latin1');

describe('WARC input', () => {
  it('is a file kind of the loader', () => {
    expect(fileKind('a.warc')).toBe('warc');
    expect(fileKind('CC-NEWS-20250528.warc.gz')).toBe('warc');
  });

  it('reads every 2xx HTML response as an article and counts and skips every other record', async () => {
    const counts: WarcCounts = {};
    const items: LoadedItem[] = [];
    for await (const item of loadWarc(gz, counts)) items.push(item);
    const expected = htmlRecords();
    expect(expected.length).toBeGreaterThan(100);
    expect(items.every((i) => i.ok)).toBe(true);
    expect(items.map((i) => (i.ok ? i.record.url : null))).toEqual(expected.map((r) => r.uri));
    expect(items.map((i) => (i.ok ? i.record.published : null))).toEqual(expected.map((r) => r.date));
    const kinds = (k: SyntheticRecord['kind']) => written.filter((r) => r.kind === k).length;
    expect(counts).toEqual(
      Object.fromEntries(
        Object.entries({
          'response html': expected.length,
          warcinfo: 1,
          request: kinds('request'),
          metadata: kinds('metadata') - 1, // the first "metadata" of the list is the warcinfo record
          revisit: kinds('revisit'),
          resource: kinds('resource'),
          'response image/jpeg': kinds('image'),
          'response application/json': kinds('json'),
          'response 301': kinds('redirect'),
        }).filter(([, n]) => n > 0),
      ),
    );
    const latin1 = items.filter((i) => i.ok && /<title>Caf/.test(String(i.record.html)));
    expect(latin1.length).toBe(written.filter((r) => r.kind === 'html-latin1').length);
    for (const item of latin1) expect(item.ok && String(item.record.html)).toMatch(/<title>Café \d+<\/title>/);
  });

  it('ingest stores every HTML response once, and nothing again on a second run', async () => {
    const db = path.join(dir, 'warc.db');
    const config = resolveConfig({}, null);
    const first = await ingest([gz], { db, config, workers: 0 });
    const n = htmlRecords().length;
    expect(first).toMatchObject({ read: n, stored: n, failed: 0 });
    const second = await ingest([gz], { db, config, workers: 0 });
    expect(second).toMatchObject({ read: n, stored: 0, present: n, failed: 0 });
    const store = ClaimsDb.open(db, { readonly: true });
    const rows = [...store.query('SELECT url, line, published FROM articles ORDER BY line').rows];
    store.close();
    expect(rows.map((r) => r[0])).toEqual(htmlRecords().map((r) => r.uri));
    expect(new Set(rows.map((r) => r[1])).size).toBe(n);
  });

  it('reads an uncompressed .warc the same way, and a truncated one up to where it breaks', async () => {
    const plain = path.join(dir, 'plain.warc');
    writeFileSync(plain, gunzipSync(readFileSync(gz)));
    const urls: string[] = [];
    for await (const item of loadWarc(plain)) if (item.ok) urls.push(item.record.url!);
    expect(urls).toEqual(htmlRecords().map((r) => r.uri));

    const truncated = path.join(dir, 'truncated.warc.gz');
    const bytes = readFileSync(gz);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const items: LoadedItem[] = [];
    for await (const item of loadWarc(truncated)) items.push(item);
    const good = items.filter((i) => i.ok).length;
    expect(good).toBeGreaterThan(10);
    expect(good).toBeLessThan(htmlRecords().length);
    expect(items.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/^cannot read .*truncated\.warc\.gz after record \d+: /) });
  });
});
