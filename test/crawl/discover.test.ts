/** The pieces of a crawl, as tables: URL normalisation, feeds, sitemaps, page links, seeds, backoff. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../pipeline/crawl/crawler.js';
import { readDocument, readPageLinks } from '../../pipeline/crawl/discover.js';
import { backoffMs, HostGate, retryAfterMs } from '../../pipeline/crawl/politeness.js';
import { hostOf, normalizeUrl } from '../../pipeline/crawl/url.js';
import { decode } from '../../pipeline/fetch.js';

const read = (body: string | Buffer, contentType = 'application/xml') =>
  readDocument(typeof body === 'string' ? Buffer.from(body) : body, contentType, (b) => decode(b, contentType), 1_000_000);

describe('normalizeUrl', () => {
  it.each([
    ['https://News.Example/a?utm_source=rss&utm_medium=feed', 'https://news.example/a'],
    ['https://news.example/a?id=7&fbclid=XYZ&gclid=1#comments', 'https://news.example/a?id=7'],
    ['https://news.example:443/a?page=2&utm_campaign=x&sort=new', 'https://news.example/a?page=2&sort=new'],
    ['http://user:pw@news.example/a', 'http://news.example/a'],
    ['/b/2', 'https://wire.example/b/2'],
    ['mailto:desk@news.example', null],
    ['javascript:alert(1)', null],
    ['ftp://news.example/a', null],
    ['http://[::1', null],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeUrl(raw, 'https://wire.example/feed.json')).toBe(expected);
  });
  it('keys politeness by host and port', () => {
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(hostOf('https://news.example/a')).toBe('news.example');
  });
});

describe('readDocument', () => {
  it('reads RSS items with their links and dates (RFC 2822, SQL-like, none)', () => {
    const doc = read(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>AT&T & more</title>
      <item><title>One</title><link>https://n.example/1</link><pubDate>Wed, 28 May 2025 10:00:00 GMT</pubDate></item>
      <item><title>Two</title><link>https://n.example/2</link><dc:date>2025-05-28 11:00:00</dc:date></item>
      <item><title>Three</title><guid isPermaLink="true">https://n.example/3</guid><pubDate>not a date</pubDate></item>
      <item><title>No link</title><description>x</description></item></channel></rss>`);
    expect(doc).toEqual({
      type: 'feed',
      entries: [
        { url: 'https://n.example/1', published: '2025-05-28T10:00:00Z', title: 'One' },
        { url: 'https://n.example/2', published: '2025-05-28T11:00:00', title: 'Two' },
        { url: 'https://n.example/3', published: null, title: 'Three' },
      ],
    });
  });

  it('reads Atom (alternate link, published before updated), RDF and JSON Feed', () => {
    expect(
      read(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link rel="enclosure" href="https://cdn.example/x.jpg"/><link rel="alternate" href="https://n.example/e"/><published>2025-05-27T09:00:00+01:00</published><updated>2025-05-28T10:00:00Z</updated></entry></feed>`),
    ).toEqual({ type: 'feed', entries: [{ url: 'https://n.example/e', published: '2025-05-27T09:00:00+01:00', title: 'E' }] });
    expect(
      read(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title></channel><item rdf:about="https://n.example/r"><title>R1</title><link>https://n.example/r</link><dc:date>2025-05-28T10:00:00Z</dc:date></item></rdf:RDF>`),
    ).toEqual({ type: 'feed', entries: [{ url: 'https://n.example/r', published: '2025-05-28T10:00:00Z', title: 'R1' }] });
    expect(
      read(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://n.example/j', title: 'J1', date_published: '2025-05-28T10:00:00Z' }] }), 'application/feed+json'),
    ).toEqual({ type: 'feed', entries: [{ url: 'https://n.example/j', published: '2025-05-28T10:00:00Z', title: 'J1' }] });
  });

  it('reads a Google News sitemap, a sitemap index, and a gzipped sitemap', () => {
    const news = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://n.example/a?x=1&amp;y=2</loc><lastmod>2025-05-01</lastmod><news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-05-28T10:00:00+02:00</news:publication_date><news:title>Fed holds</news:title></news:news></url>
      <url><loc>https://n.example/b</loc><lastmod>2025-05-02</lastmod></url></urlset>`;
    const expected = {
      type: 'sitemap',
      entries: [
        { url: 'https://n.example/a?x=1&y=2', published: '2025-05-28T10:00:00+02:00', title: 'Fed holds' },
        { url: 'https://n.example/b', published: '2025-05-02', title: null },
      ],
    };
    expect(read(news)).toEqual(expected);
    expect(read(gzipSync(news), 'application/x-gzip')).toEqual(expected);
    expect(read(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://n.example/s1.xml</loc><lastmod>2025-05-28</lastmod></sitemap><sitemap><loc>https://n.example/s2.xml.gz</loc></sitemap></sitemapindex>`)).toEqual({
      type: 'sitemap-index',
      entries: [
        { url: 'https://n.example/s1.xml', published: '2025-05-28', title: null },
        { url: 'https://n.example/s2.xml.gz', published: null, title: null },
      ],
    });
  });

  it('tells pages and other files apart', () => {
    expect(read('<!doctype html><html><body><p>x</p></body></html>', 'text/html')).toEqual({ type: 'html' });
    expect(read('%PDF-1.4', 'application/pdf')).toEqual({ type: 'other', why: 'a application/pdf file' });
    expect(read('{"a":1}', 'application/json')).toEqual({ type: 'other', why: 'JSON that is not a JSON Feed' });
    expect(read('<urlset><url><loc>x</loc></url', 'application/xml')).toMatchObject({ type: 'other', why: expect.stringContaining('a sitemap that cannot be parsed') });
    expect(read(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]), 'application/gzip')).toMatchObject({ type: 'other', why: expect.stringContaining('gzip') });
  });
});

describe('readPageLinks', () => {
  it('finds the canonical URL, else og:url, and the feed links', () => {
    expect(
      readPageLinks(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="text/html" hreflang="de" href="/de"><link rel="Canonical" href="https://n.example/a"><meta property="og:url" content="https://n.example/og"><link rel="alternate" type="application/atom+xml" href="https://n.example/atom"></head></html>',
      ),
    ).toEqual({ canonical: 'https://n.example/a', feeds: ['/rss', 'https://n.example/atom'] });
    expect(readPageLinks('<meta property="og:url" content="https://n.example/og">')).toEqual({ canonical: 'https://n.example/og', feeds: [] });
    expect(readPageLinks('<p>no head</p>')).toEqual({ canonical: null, feeds: [] });
  });
});

describe('readSeeds', () => {
  it('reads URLs and files of URLs (comments, blanks, bad lines named by line)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-seeds-'));
    try {
      const file = path.join(dir, 'seeds.txt');
      writeFileSync(file, '# feeds\nhttps://n.example/rss.xml?utm_source=x\n\n  https://w.example/   # a home page\nnot a url\n');
      const { discoveries, errors } = await readSeeds(['https://n.example/article/1', file, path.join(dir, 'missing.txt')]);
      expect(discoveries.map((d) => [d.url, d.kind, d.source])).toEqual([
        ['https://n.example/article/1', 'seed', null],
        ['https://n.example/rss.xml', 'seed', file],
        ['https://w.example/', 'home', file],
      ]);
      expect(errors).toEqual([`${file}:5: not an http(s) URL: not a url`, `cannot read seed ${path.join(dir, 'missing.txt')}: no such file (a seed is an http(s) URL or a file of URLs)`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('politeness', () => {
  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.UTC(2025, 4, 28, 10, 0, 0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 28 May 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 28 May 2025 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
  it('backs off exponentially with jitter, capped', () => {
    expect([0, 1, 2, 3].map((a) => backoffMs(a, 1000, 5000, () => 0.5))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffMs(1, 1000, 60_000, () => 0)).toBe(1000);
    expect(backoffMs(1, 1000, 60_000, () => 0.999)).toBe(2998);
  });
  it('spaces the turns of a host by its delay and can be paused', async () => {
    const gate = new HostGate('h', 40, 1);
    const t0 = Date.now();
    // The i-th turn comes no sooner than i delays after the first (however late the event loop runs).
    for (let i = 0; i < 4; i++) {
      await gate.turn();
      expect(Date.now() - t0).toBeGreaterThanOrEqual(i * 40 - 1);
    }
    gate.pauseUntil(Date.now() + 120);
    const before = Date.now();
    await gate.turn();
    expect(Date.now() - before).toBeGreaterThanOrEqual(115);
  });
});
