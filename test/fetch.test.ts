import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, fetchArticle, type FetchOptions } from '../pipeline/fetch.js';
import { loadInputs } from '../pipeline/load.js';

let server: http.Server;
let base: string;
const seen: { url: string; userAgent?: string }[] = [];
/** These tests talk to a server on 127.0.0.1, which the fetcher refuses unless told otherwise. */
const local: FetchOptions = { allowPrivate: true };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url!, userAgent: req.headers['user-agent'] });
    const url = new URL(req.url!, 'http://x');
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>T</title></head><body><p>Bitcoin — up 3%</p></body></html>');
        return;
      case '/latin1-meta':
        // "café €5" in windows-1252, declared only in <meta>.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>caf'), Buffer.from([0xe9, 0x20, 0x80]), Buffer.from('5</p></body></html>')]));
        return;
      case '/latin1-header':
        res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
        res.end(Buffer.concat([Buffer.from('<p>na'), Buffer.from([0xef]), Buffer.from('ve</p>')]));
        return;
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Oil Rises\nBrent rose 1%.');
        return;
      case '/record':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'r1', title: 'From JSON', text: 'Body.' }));
        return;
      case '/redirect': {
        const n = Number(url.searchParams.get('n'));
        res.writeHead(302, { location: n > 1 ? `/redirect?n=${n - 1}` : '/article' });
        res.end();
        return;
      }
      case '/slow':
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<p>late</p>');
        }, 2_000);
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
        res.end('x'.repeat(5_000_000));
        return;
      case '/big-chunked': {
        res.writeHead(200, { 'content-type': 'text/html' });
        let sent = 0;
        const push = () => {
          if (sent >= 50 || res.destroyed) return res.end();
          sent++;
          res.write('y'.repeat(100_000), push);
        };
        push();
        return;
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchArticle', () => {
  it('fetches a page with a clear User-Agent', async () => {
    const record = await fetchArticle(`${base}/article`, local);
    expect(record).toEqual({ url: `${base}/article`, html: expect.stringContaining('Bitcoin — up 3%') });
    expect(seen.find((s) => s.url === '/article')?.userAgent).toBe(DEFAULT_USER_AGENT);
  });

  it('decodes the charset named in <meta> when the header names none', async () => {
    const record = await fetchArticle(`${base}/latin1-meta`, local);
    expect(record.html).toContain('café €5');
  });

  it('decodes the charset named in the Content-Type header', async () => {
    expect((await fetchArticle(`${base}/latin1-header`, local)).html).toContain('naïve');
  });

  it('reads plain text and JSON records', async () => {
    expect(await fetchArticle(`${base}/plain`, local)).toEqual({ url: `${base}/plain`, title: 'Oil Rises', text: 'Brent rose 1%.' });
    expect(await fetchArticle(`${base}/record`, local)).toMatchObject({ url: `${base}/record`, id: 'r1', title: 'From JSON' });
  });

  it('follows redirects up to the limit and records the final URL', async () => {
    expect((await fetchArticle(`${base}/redirect?n=3`, local)).url).toBe(`${base}/article`);
    await expect(fetchArticle(`${base}/redirect?n=3`, { ...local, maxRedirects: 2 })).rejects.toThrow('more than 2 redirects');
  });

  it('gives up after the time limit', async () => {
    await expect(fetchArticle(`${base}/slow`, { ...local, timeoutMs: 200 })).rejects.toThrow('no complete answer within 200 ms');
  });

  it('refuses bodies over the size cap, declared or streamed', async () => {
    await expect(fetchArticle(`${base}/big`, { ...local, maxBytes: 1_000_000 })).rejects.toThrow('5000000 bytes is over the 1000000-byte limit');
    await expect(fetchArticle(`${base}/big-chunked`, { ...local, maxBytes: 1_000_000 })).rejects.toThrow('over the 1000000-byte limit');
  });

  it('reports HTTP errors and unreachable hosts', async () => {
    await expect(fetchArticle(`${base}/missing`, local)).rejects.toThrow('HTTP 404 Not Found');
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchArticle(`http://127.0.0.1:${port}/`, local)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('rejects bad options with a TypeError naming the option', async () => {
    await expect(fetchArticle(`${base}/article`, { ...local, timeoutMs: -1 })).rejects.toThrow(TypeError);
  });
});

describe('loadInputs with URLs', () => {
  it('yields the page as a record and a failed fetch as an error naming the URL', async () => {
    const items = [];
    for await (const item of loadInputs([`${base}/article`, `${base}/missing`], { fetch: local })) items.push(item);
    expect(items[0]).toMatchObject({ ok: true, origin: { input: `${base}/article` } });
    expect(items[1]).toEqual({ ok: false, origin: { input: `${base}/missing` }, error: `cannot fetch ${base}/missing: HTTP 404 Not Found` });
  });
});
