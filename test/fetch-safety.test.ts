/**
 * What the fetcher refuses and how it reads bodies: private addresses at connect time on
 * every hop, bodies off their Content-Length, decompression bombs, and the WHATWG charset
 * order. Only 127.0.0.1 is ever connected to: host names come from a resolver stub, and a
 * guard on `net.Socket#connect` stops any connection to another address before it starts
 * (so even a broken fetcher sends no traffic elsewhere; the test then fails on the guard).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { addressRefusal, decode, fetchArticle, FetchError, fetchResource, type FetchOptions, type Resolver } from '../pipeline/fetch.js';

const requests: string[] = [];
let server: http.Server;
let rawServer: net.Server;
let port: number;
let rawPort: number;
let base: string;
const guardTrips: string[] = [];
const originalConnect = net.Socket.prototype.connect;

const isLoopback = (address: string) => /^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1';

/** Resolver stub: names that an attacker could point at private addresses. */
const STUB: Record<string, { address: string; family: number }[]> = {
  'localhost.test': [{ address: '127.0.0.1', family: 4 }],
  'metadata.test': [{ address: '169.254.169.254', family: 4 }],
  'intranet.test': [{ address: '10.0.0.7', family: 4 }],
  'cgnat.test': [{ address: '100.64.0.9', family: 4 }],
  'multicast.test': [{ address: '224.0.0.251', family: 4 }],
  'zero.test': [{ address: '0.0.0.0', family: 4 }],
  'v6-loopback.test': [{ address: '::1', family: 6 }],
  'v6-ula.test': [{ address: 'fd12:3456::1', family: 6 }],
  'v6-linklocal.test': [{ address: 'fe80::1', family: 6 }],
  'mapped.test': [{ address: '::ffff:169.254.169.254', family: 6 }],
  // A public answer next to a private one: refused whole (the guard stops it if not).
  'mixed.test': [
    { address: '93.184.215.14', family: 4 },
    { address: '10.0.0.8', family: 4 },
  ],
  // Resolves to the test server: a host the fetcher is told it may reach.
  'news.test': [{ address: '127.0.0.1', family: 4 }],
};
const stubResolver: Resolver = async (hostname) => {
  const found = STUB[hostname];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return found;
};

beforeAll(async () => {
  // Any connection to a non-loopback address is stopped before it starts, and remembered.
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    const options = (Array.isArray(first) ? first[0] : first) as net.TcpNetConnectOpts | undefined;
    if (options && typeof options === 'object' && typeof options.host === 'string') {
      if (net.isIP(options.host) && !isLoopback(options.host)) {
        guardTrips.push(options.host);
        process.nextTick(() => this.destroy(new Error(`test guard: connection to ${options.host} stopped`)));
        return this;
      }
      const lookup = options.lookup;
      if (lookup) {
        options.lookup = ((host: string, opts: object, cb: (...a: unknown[]) => void) =>
          lookup(host, opts as never, ((err: Error | null, address: unknown, family?: number) => {
            const list = Array.isArray(address) ? (address as { address: string }[]).map((a) => a.address) : [address as string];
            const bad = err ? undefined : list.find((a) => !isLoopback(a));
            if (bad) {
              guardTrips.push(bad);
              return cb(new Error(`test guard: connection to ${bad} stopped`));
            }
            cb(err, address, family);
          }) as never)) as never;
      }
    }
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  server = http.createServer((req, res) => {
    requests.push(req.url!);
    const url = new URL(req.url!, 'http://x');
    const redirectTo = url.searchParams.get('to');
    switch (url.pathname) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<p>fine</p>');
        return;
      case '/go':
        res.writeHead(302, { location: redirectTo! });
        res.end();
        return;
      case '/bomb':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        res.end(bomb);
        return;
      case '/gzip': {
        const body = zlib.gzipSync('<p>Brent rose 3%.</p>');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      case '/br': {
        const body = zlib.brotliCompressSync('<p>Gold fell 1%.</p>');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
        res.end(body);
        return;
      }
      case '/bad-gzip':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end('this is not gzip');
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  // Hand-written responses the HTTP library would never send: bodies off their Content-Length.
  rawServer = net.createServer((socket) => {
    socket.once('data', (data) => {
      const path = data.toString('latin1').split(' ')[1];
      const head = (length: number) => `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
      if (path === '/longer') socket.end(`${head(5)}hello and a lot more than five bytes`);
      else if (path === '/zero') socket.end(`${head(0)}<p>a body the header says is not there</p>`);
      else if (path === '/shorter') socket.end(`${head(500)}<p>only this</p>`);
      else if (path === '/exact') socket.end(`${head(12)}<p>exact</p>`);
      else socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => rawServer.listen(0, '127.0.0.1', resolve));
  rawPort = (rawServer.address() as AddressInfo).port;
});

afterAll(async () => {
  net.Socket.prototype.connect = originalConnect;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => rawServer.close(() => resolve()));
});

describe('addressRefusal (ipaddr.js ranges)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['[::ffff:a9fe:a9fe]', 'linkLocal'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['8.8.8.8', null],
    ['2606:4700::1111', null],
    ['::ffff:8.8.8.8', null],
  ])('%s → %s', (address, expected) => {
    expect(addressRefusal(address)).toBe(expected);
  });
});

describe('private addresses are refused at connect time', () => {
  const refused: [string, string][] = [
    ['http://127.0.0.1:PORT/ok', 'loopback'],
    ['http://127.1:PORT/ok', 'loopback'],
    ['http://2130706433:PORT/ok', 'loopback'],
    ['http://0x7f000001:PORT/ok', 'loopback'],
    ['http://0x7f.0.0.1:PORT/ok', 'loopback'],
    ['http://0177.0.0.1:PORT/ok', 'loopback'],
    ['http://[::1]:PORT/ok', 'loopback'],
    ['http://[::ffff:127.0.0.1]:PORT/ok', 'loopback'],
    ['http://[::ffff:7f00:1]:PORT/ok', 'loopback'],
    ['http://0.0.0.0:PORT/ok', 'unspecified'],
    ['http://[::]:PORT/ok', 'unspecified'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.31.255.1/', 'private'],
    ['http://192.168.0.1/', 'private'],
    ['http://100.100.100.200/', 'carrierGradeNat'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[fe80::1]/', 'linkLocal'],
    ['http://[fc00::1]/', 'uniqueLocal'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://localhost.test:PORT/ok', 'loopback'],
    ['http://metadata.test/latest/meta-data/', 'linkLocal'],
    ['http://intranet.test/', 'private'],
    ['http://cgnat.test/', 'carrierGradeNat'],
    ['http://multicast.test/', 'multicast'],
    ['http://zero.test:PORT/ok', 'unspecified'],
    ['http://v6-loopback.test:PORT/ok', 'loopback'],
    ['http://v6-ula.test/', 'uniqueLocal'],
    ['http://v6-linklocal.test/', 'linkLocal'],
    ['http://mapped.test/', 'linkLocal'],
    ['http://mixed.test:PORT/ok', 'private'],
  ];
  it.each(refused)('%s is refused (%s)', async (template, range) => {
    const before = requests.length;
    const url = template.replace('PORT', String(port));
    const err = await fetchResource(url, { resolve: stubResolver, timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('blocked-address');
    expect((err as FetchError).message).toMatch(new RegExp(`a ${range} address`));
    expect(requests.length).toBe(before);
    expect(guardTrips).toEqual([]);
  });

  it('refuses a redirect hop to a private address, whatever the first hop was', async () => {
    // The test server itself is allowed by address; where it redirects to is not.
    const allowServer: FetchOptions = { resolve: stubResolver, allowedAddresses: ['127.0.0.1'], timeoutMs: 2000 };
    expect((await fetchResource(`${base}/ok`, allowServer)).status).toBe(200);
    expect((await fetchResource(`http://news.test:${port}/ok`, allowServer)).status).toBe(200);
    for (const target of ['http://169.254.169.254/latest/meta-data/', `http://[::1]:${port}/ok`, 'http://metadata.test/', 'http://intranet.test/', `http://2130706434:${port}/ok`]) {
      const err = await fetchResource(`${base}/go?to=${encodeURIComponent(target)}`, allowServer).catch((e: unknown) => e);
      expect((err as FetchError).code, target).toBe('blocked-address');
    }
    expect(guardTrips).toEqual([]);
  });

  it('checks every connection, not a name once: a name that rebinds to a private address is refused', async () => {
    let calls = 0;
    // First answer: the allowed test server; every later answer: the metadata address.
    const rebinding: Resolver = async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }]);
    const options: FetchOptions = { resolve: rebinding, allowedAddresses: ['127.0.0.1'], timeoutMs: 2000 };
    expect((await fetchResource(`http://rebind.test:${port}/ok`, options)).status).toBe(200);
    await expect(fetchResource(`http://rebind.test:${port}/ok`, options)).rejects.toMatchObject({ code: 'blocked-address' });
    expect(guardTrips).toEqual([]);
  });

  it('fetches private addresses with allowPrivate', async () => {
    expect((await fetchResource(`${base}/ok`, { allowPrivate: true })).status).toBe(200);
    expect((await fetchResource(`http://localhost.test:${port}/ok`, { allowPrivate: true, resolve: stubResolver })).status).toBe(200);
  });

  it('fetches only http and https', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.test/', 'gopher://x/', 'data:text/html,hi']) {
      await expect(fetchResource(url, { allowPrivate: true })).rejects.toMatchObject({ code: 'bad-scheme' });
    }
    await expect(fetchResource(`${base}/go?to=${encodeURIComponent('file:///etc/passwd')}`, { allowPrivate: true })).rejects.toThrow('redirected to a non-HTTP address file:///etc/passwd');
  });
});

describe('bodies', () => {
  const local: FetchOptions = { allowPrivate: true, timeoutMs: 5000 };
  it.each([
    ['/longer', 'the body is longer than its Content-Length of 5 bytes'],
    ['/zero', 'the body is longer than its Content-Length of 0 bytes'],
    ['/shorter', 'the body ended after 16 of the 500 bytes its Content-Length declares'],
  ])('a body off its Content-Length is an error (%s)', async (path, message) => {
    const err = await fetchArticle(`http://127.0.0.1:${rawPort}${path}`, local).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'length-mismatch', message });
  });

  it('a body that matches its Content-Length is read', async () => {
    expect((await fetchArticle(`http://127.0.0.1:${rawPort}/exact`, local)).html).toBe('<p>exact</p>');
  });

  it('decompresses gzip and brotli, and stops a decompression bomb at the cap', async () => {
    expect((await fetchArticle(`${base}/gzip`, local)).html).toBe('<p>Brent rose 3%.</p>');
    expect((await fetchArticle(`${base}/br`, local)).html).toBe('<p>Gold fell 1%.</p>');
    const before = process.memoryUsage().rss;
    const err = await fetchArticle(`${base}/bomb`, { ...local, maxBytes: 2_000_000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too-large', message: 'decompressed body is over the 2000000-byte limit' });
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    await expect(fetchArticle(`${base}/bad-gzip`, local)).rejects.toMatchObject({ code: 'bad-encoding' });
  });
});

describe('decode: the WHATWG sniffing order', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  it.each([
    ['a UTF-8 BOM beats a latin1 header', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<p>Café</p>')]), 'text/html; charset=iso-8859-1', '<p>Café</p>'],
    ['a UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Café</p>', 'utf16le')]), 'text/html', '<p>Café</p>'],
    ['the header beats <meta>', utf8('<meta charset="windows-1252"><p>Café</p>'), 'text/html; charset=utf-8', '<meta charset="windows-1252"><p>Café</p>'],
    ['<meta charset> when the header names none', latin1('<meta charset="windows-1252"><p>Caf\xe9 \x805</p>'), 'text/html', '<meta charset="windows-1252"><p>Café €5</p>'],
    [
      '<meta http-equiv> when the header names none',
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\xefve</p>'),
      '',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>naïve</p>',
    ],
    ['a <meta> past the first 1,024 bytes is not read', latin1(`${' '.repeat(1100)}<meta charset="iso-8859-2"><p>\xb1</p>`), '', `${' '.repeat(1100)}<meta charset="iso-8859-2"><p>\ufffd</p>`],
    ['the XML declaration of a feed', latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Caf\xe9</rss>'), 'application/xml', '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Café</rss>'],
    ['valid UTF-8 contradicting a declared latin1 is UTF-8', utf8('<p>Café costs €5</p>'), 'text/html; charset=iso-8859-1', '<p>Café costs €5</p>'],
    ['valid UTF-8 contradicting a <meta> latin1 is UTF-8', utf8('<meta charset="latin1"><p>Café</p>'), 'text/html', '<meta charset="latin1"><p>Café</p>'],
    ['latin1 that is not valid UTF-8 stays latin1', latin1('<p>na\xefve</p>'), 'text/html; charset=iso-8859-1', '<p>naïve</p>'],
    ['another declared charset is honoured', Buffer.from([0x3c, 0x70, 0x3e, 0x82, 0xa0, 0x3c, 0x2f, 0x70, 0x3e]), 'text/html; charset=shift_jis', '<p>あ</p>'],
    ['nothing declared: UTF-8', utf8('<p>Café</p>'), '', '<p>Café</p>'],
  ])('%s', (_name, bytes, contentType, expected) => {
    expect(decode(bytes, contentType)).toBe(expected);
  });

  it('reads a UTF-8 page served as latin1 as UTF-8 end to end', async () => {
    const s = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end('<html><body><p>Café prices rose 3%.</p></body></html>');
    });
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    try {
      const record = await fetchArticle(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`, { allowPrivate: true });
      expect(record.html).toContain('Café prices rose 3%.');
    } finally {
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});

describe('the command line', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`${ROOT}/pipeline/bin.js`, ...args], { env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('check refuses a loopback URL unless --allow-private', async () => {
    const before = requests.length;
    const refused = await run(['check', '--format', 'jsonl', `${base}/gzip`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot fetch ${base}/gzip: refused: 127.0.0.1 is a loopback address`);
    expect(requests.length).toBe(before);
    const allowed = await run(['check', '--format', 'jsonl', '--allow-private', `${base}/gzip`]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).text).toBe('Brent rose 3%.');
  });
});
