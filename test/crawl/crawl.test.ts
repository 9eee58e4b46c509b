/**
 * `claimscan crawl` end to end, as a spawned process, against the small news web of site.ts
 * on 127.0.0.1: exactly the allowed articles stored, no disallowed path requested, the
 * per-host delay kept (from the servers' own request logs), every decision in the frontier;
 * killed with SIGKILL at random points and run again, the same articles and none fetched
 * again after it was stored; a --refresh run asks for feeds with their validators only.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../../pipeline/crawl/crawler.js';
import { resolveConfig } from '../../pipeline/config.js';
import { ClaimsDb } from '../../storage/db.js';
import { ROOT } from '../helpers.js';
import { EXPECTED_ARTICLES, startSite, type LoggedRequest, type Site } from './site.js';

let dir: string;
let site: Site;
let seedFile: string;

const CRAWL_DELAY_MS = 200; // the news host's robots.txt Crawl-delay (0.2 s)
const PER_HOST_DELAY_MS = 100; // --per-host-delay: the wire host has no Crawl-delay

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-crawl-'));
  site = await startSite();
  seedFile = path.join(dir, 'seeds.txt');
  writeFileSync(seedFile, `# the wire's JSON Feed\n${site.wire}/feed.json\n\n${site.down}/c/1   # robots.txt answers 500\n`);
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const userAgent = (phase: string) => `claimscan-test/1.0 (+https://example.org/${phase})`;
const seeds = () => [`${site.news}/`, seedFile, `${site.news}/articles/a7`];

function startCrawl(db: string, phase: string, extra: string[] = []) {
  const args = ['crawl', '--db', db, '--allow-private', '--per-host-delay', String(PER_HOST_DELAY_MS), '--timeout', '2000', '--since', '2025-01-01', '--user-agent', userAgent(phase), ...extra, ...seeds()];
  const child = spawn(process.execPath, [path.join(ROOT, 'pipeline', 'bin.js'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const rows = (db: string, sql: string) => {
  const store = ClaimsDb.open(db, { readonly: true });
  try {
    return [...store.query(sql).rows];
  } finally {
    store.close();
  }
};
const pathOf = (url: string) => new URL(url).pathname;
const phaseLog = (phase: string): LoggedRequest[] => site.log.filter((r) => r.userAgent === userAgent(phase));

describe('claimscan crawl', () => {
  let straight: string;

  it('stores exactly the allowed articles and records every decision in the frontier', async () => {
    straight = path.join(dir, 'straight.db');
    const { done } = startCrawl(straight, 'straight');
    const result = await done;
    expect(result.code, result.stderr).toBe(0);

    const stored = rows(straight, 'SELECT url FROM articles').map(([url]) => url as string);
    expect(stored.filter((u) => u.startsWith(site.news)).map(pathOf).sort()).toEqual([...EXPECTED_ARTICLES.news].sort());
    expect(stored.filter((u) => u.startsWith(site.wire)).map(pathOf).sort()).toEqual([...EXPECTED_ARTICLES.wire].sort());
    expect(stored).toHaveLength(EXPECTED_ARTICLES.news.length + EXPECTED_ARTICLES.wire.length);

    const log = phaseLog('straight');
    expect(log.filter((r) => r.path.startsWith('/private/'))).toEqual([]);
    expect(log.filter((r) => r.path === '/robots.txt').map((r) => r.host).sort()).toEqual(['down', 'news', 'wire']);
    expect(log.filter((r) => r.host === 'down').map((r) => r.path)).toEqual(['/robots.txt']);

    // Nothing is left queued, and each URL's decision says why.
    const frontier = new Map(
      rows(straight, 'SELECT url, state, robots, status, error, attempts, final_url FROM frontier').map(([url, state, robots, status, error, attempts, finalUrl]) => [
        url as string,
        { state, robots, status, error, attempts, finalUrl },
      ]),
    );
    expect([...frontier.values()].filter((d) => d.state === 'queued')).toEqual([]);
    const decision = (url: string) => frontier.get(url);
    expect(decision(`${site.news}/private/secret`)).toMatchObject({ state: 'skipped-robots', robots: 'disallowed', status: null, error: expect.stringContaining('robots.txt disallows') });
    expect(decision(`${site.news}/articles/old`)).toMatchObject({ state: 'skipped-old', robots: null, status: null, error: 'dated 2020-02-04T09:00:00Z, before --since 2025-01-01' });
    expect(decision(`${site.news}/slow`)).toMatchObject({ state: 'failed', robots: 'allowed', status: null, error: 'no complete answer within 2000 ms' });
    expect(decision(`${site.news}/bomb`)).toMatchObject({ state: 'failed', robots: 'allowed', status: null, error: expect.stringContaining('decompressed body is over the') });
    expect(decision(`${site.news}/busy`)).toMatchObject({ state: 'stored', robots: 'allowed', status: 200, error: null, attempts: 2 });
    expect(decision(`${site.news}/redirect/1`)).toMatchObject({ state: 'redirected', robots: 'allowed', status: 301, error: null, attempts: 1, finalUrl: `${site.news}/redirect/2` });
    expect(decision(`${site.news}/redirect/2`)).toMatchObject({ state: 'redirected', robots: 'allowed', status: 302, error: null, attempts: 1, finalUrl: `${site.news}/articles/a3` });
    expect(decision(`${site.news}/articles/a5`)).toMatchObject({ state: 'duplicate' });
    expect(decision(`${site.news}/files/report.pdf`)).toMatchObject({ state: 'not-an-article', robots: 'allowed', status: 200, error: 'a application/pdf file' });
    expect(decision(`${site.down}/c/1`)).toMatchObject({ state: 'skipped-host', robots: 'unavailable', status: null, error: 'robots.txt answered HTTP 500', attempts: 0 });
    expect(decision(`${site.wire}/b/1`)).toMatchObject({ state: 'stored', robots: 'no-robots', status: 200 });
    for (const feed of ['/feed.rss', '/feed.atom', '/sitemap-index.xml', '/news-sitemap.xml', '/sitemap-files.xml']) expect(decision(`${site.news}${feed}`)).toMatchObject({ state: 'fetched', robots: 'allowed', status: 200 });
    // Tracking parameters and fragments stripped: one URL for a1 from two feed links.
    expect([...frontier.keys()].filter((u) => u.includes('/articles/a1'))).toEqual([`${site.news}/articles/a1`]);
    expect(rows(straight, `SELECT discovered_url, source, entry_published FROM frontier WHERE url = '${site.news}/articles/a1'`)).toEqual([
      [`${site.news}/articles/a1?utm_source=rss&utm_medium=feed`, `${site.news}/feed.rss`, '2025-05-28T10:00:00Z'],
    ]);
    // The canonical URL is kept with the article stored from its AMP page.
    expect(rows(straight, `SELECT canonical_url FROM frontier WHERE url = '${site.news}/amp/a5'`)).toEqual([[`${site.news}/articles/a5`]]);
    expect(rows(straight, `SELECT identity FROM article_identities i JOIN articles a ON a.id = i.article_id WHERE a.url = '${site.news}/amp/a5' ORDER BY 1`)).toEqual([
      [`url:${site.news}/amp/a5`],
      [`url:${site.news}/articles/a5`],
    ]);
    // Feed dates reach the stored articles.
    expect(rows(straight, `SELECT published FROM articles WHERE url = '${site.news}/articles/a2'`)).toEqual([['2025-05-28T11:00:00']]);

    expect(rows(straight, 'SELECT host, robots, robots_status, crawl_delay_ms, delay_ms, parked FROM crawl_hosts ORDER BY host')).toEqual(
      [
        [new URL(site.news).host, 'parsed', 200, CRAWL_DELAY_MS, CRAWL_DELAY_MS, null],
        [new URL(site.wire).host, 'no-robots', 404, null, PER_HOST_DELAY_MS, null],
        [new URL(site.down).host, 'unavailable', 500, null, PER_HOST_DELAY_MS, 'robots.txt answered HTTP 500'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('keeps the per-host delay, the Crawl-delay and Retry-After (from the servers’ request logs)', () => {
    const log = phaseLog('straight');
    for (const [host, delay] of [['news', CRAWL_DELAY_MS], ['wire', PER_HOST_DELAY_MS]] as const) {
      const times = log.filter((r) => r.host === host).map((r) => r.at);
      expect(times.length).toBeGreaterThan(2);
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      expect(Math.min(...gaps), `${host} gaps ${gaps.join(', ')}`).toBeGreaterThanOrEqual(delay - 1);
    }
    const busy = log.filter((r) => r.path === '/busy');
    expect(busy.map((r) => r.status)).toEqual([429, 200]);
    expect(busy[1]!.at - busy[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('ends with the same articles when killed with SIGKILL at random points and run again; none is fetched again once stored', async () => {
    const killed = path.join(dir, 'killed.db');
    const points: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { child, done } = startCrawl(killed, 'killed');
      const after = 1000 + Math.floor(Math.random() * 7000); // tsx start-up takes 1-3 s of it
      points.push(after);
      const timer = setTimeout(() => child.kill('SIGKILL'), after);
      const result = await done;
      clearTimeout(timer);
      expect(result.signal === 'SIGKILL' || result.code === 0, `run ${i} after ${after} ms: ${result.stderr}`).toBe(true);
    }
    const { done } = startCrawl(killed, 'killed');
    const last = await done;
    expect(last.code, `killed at ${points.join(', ')} ms: ${last.stderr}`).toBe(0);

    const articles = (db: string) => rows(db, 'SELECT url, content_hash FROM articles ORDER BY url').map((r) => r.join(' '));
    expect(articles(killed), `killed at ${points.join(', ')} ms`).toEqual(articles(straight));
    const decisions = (db: string) => rows(db, "SELECT url, state FROM frontier WHERE state <> 'queued' ORDER BY url").map((r) => r.join(' '));
    expect(decisions(killed)).toEqual(decisions(straight));
    expect(rows(killed, "SELECT count(*) FROM frontier WHERE state = 'queued'")).toEqual([[0]]);

    const log = phaseLog('killed');
    expect(log.filter((r) => r.path.startsWith('/private/'))).toEqual([]);
    for (const [url, storedAt] of rows(killed, 'SELECT f.url, a.stored_at FROM frontier f JOIN articles a ON a.id = f.article_id WHERE f.state = \'stored\'')) {
      const later = log.filter((r) => r.path === pathOf(url as string) && r.at > Date.parse(storedAt as string));
      expect(later, `${url} fetched after it was stored at ${storedAt} (killed at ${points.join(', ')} ms)`).toEqual([]);
    }
  });

  it('asks for feeds and sitemaps again with their validators on --refresh, and fetches no stored article again', async () => {
    const copy = straight;
    const { done } = startCrawl(copy, 'refresh', ['--refresh']);
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    const log = phaseLog('refresh');
    expect(log.filter((r) => /^\/(articles|amp|b)\//.test(r.path))).toEqual([]);
    const feeds = log.filter((r) => /\.(rss|atom|xml|json)$/.test(r.path));
    expect(feeds.length).toBeGreaterThanOrEqual(6);
    expect(feeds.every((r) => r.status === 304)).toBe(true);
    expect(rows(copy, `SELECT state FROM frontier WHERE url = '${site.news}/feed.rss'`)).toEqual([['not-modified']]);
    expect(rows(copy, 'SELECT count(*) FROM articles')).toEqual([[EXPECTED_ARTICLES.news.length + EXPECTED_ARTICLES.wire.length]]);
  });
});

describe('claimscan crawl options', () => {
  it('stops at --max-articles, and the next run goes on from there', async () => {
    const db = path.join(dir, 'limited.db');
    const options = { db, config: resolveConfig({}, null), allowPrivate: true, perHostDelayMs: 50, timeoutMs: 1000, since: '2025-01-01', userAgent: userAgent('limited') };
    const first = await crawl([`${site.wire}/feed.json`, `${site.news}/articles/a7`, `${site.news}/articles/a4`], { ...options, maxArticles: 2 });
    expect(first).toMatchObject({ stored: 2, interrupted: false });
    expect(first.frontier.queued).toBe(2);
    const second = await crawl([`${site.wire}/feed.json`], options);
    expect(second).toMatchObject({ stored: 2 });
    expect(second.frontier.queued).toBeUndefined();
    expect(rows(db, 'SELECT count(*) FROM articles')).toEqual([[4]]);
  });

  it('refuses a User-Agent without a way to reach its owner, and says which seeds cannot be read', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'pipeline', 'bin.js'), 'crawl', '--db', path.join(dir, 'usage.db'), ...args]);
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const ua = await run(['--user-agent', 'mybot/1.0', `${site.news}/`]);
    expect(ua.code).toBe(2);
    expect(ua.stderr).toContain('--user-agent must start with a product token and name a way to reach you');
    const missing = await run([path.join(dir, 'no-such-seeds.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read seed ${path.join(dir, 'no-such-seeds.txt')}: no such file`);
    const since = await run(['--since', 'last week', `${site.news}/`]);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since must be a date');
  });

  it('parks a host that keeps failing, and records why', async () => {
    const hits: string[] = [];
    const failing = http.createServer((req, res) => {
      hits.push(req.url!);
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/list.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
      res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
    const list = path.join(dir, 'failing.txt');
    writeFileSync(list, Array.from({ length: 9 }, (_, i) => `${base}/story/${i}`).join('\n'));
    try {
      const db = path.join(dir, 'failing.db');
      const summary = await crawl([list], { db, config: resolveConfig({}, null), allowPrivate: true, perHostDelayMs: 10, hostFailureBudget: 3, userAgent: userAgent('failing') });
      expect(summary.parkedHosts).toEqual([{ host: new URL(base).host, why: '3 failures in a row (last: HTTP 502)' }]);
      expect(hits).toEqual(['/robots.txt', '/story/0', '/story/1', '/story/2']);
      expect(rows(db, 'SELECT state, count(*) FROM frontier GROUP BY state ORDER BY state')).toEqual([
        ['failed', 3],
        ['parked', 6],
      ]);
      expect(rows(db, 'SELECT failures, parked FROM crawl_hosts')).toEqual([[3, '3 failures in a row (last: HTTP 502)']]);
      // The next run tries the host again.
      const again = await crawl([list], { db, config: resolveConfig({}, null), allowPrivate: true, perHostDelayMs: 10, hostFailureBudget: 3, userAgent: userAgent('failing') });
      expect(again.parkedHosts).toHaveLength(1);
      expect(hits.filter((h) => h.startsWith('/story/'))).toHaveLength(6);
    } finally {
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });
});
