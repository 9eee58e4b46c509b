/**
 * A small news web on 127.0.0.1 for crawl tests: three hosts (ports), each logging every
 * request it receives with its time.
 *
 * - news (A): robots.txt with a Disallow, a Crawl-delay and a Sitemap line; a home page
 *   linking an RSS and an Atom feed; a sitemap index with a Google News sitemap and a
 *   plain one; articles; a redirect chain; a 429 with Retry-After; a slow page; a gzip bomb;
 *   an AMP page whose canonical URL is another article; a PDF.
 * - wire (B): no robots.txt (404), a JSON Feed.
 * - down (C): robots.txt answers 500.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface LoggedRequest {
  host: 'news' | 'wire' | 'down';
  path: string;
  userAgent: string;
  at: number;
  status: number;
}

export interface Site {
  news: string;
  wire: string;
  down: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

const paragraph = (topic: string, figure: string) =>
  `<p>${topic} rose ${figure} on Wednesday, according to data compiled by Bloomberg, as traders weighed the latest inflation figures and central bank remarks.</p>`;

const article = (title: string, body: string, extraHead = '') =>
  `<!doctype html><html><head><title>${title}</title>${extraHead}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article><footer>© News</footer></body></html>`;

const ARTICLES: Record<string, { title: string; body: string; head?: string }> = {
  '/articles/a1': { title: 'Bitcoin ETFs draw $1.2 billion', body: paragraph('Bitcoin ETF inflows', '$1.2 billion') + paragraph('Ether', '3%') },
  '/articles/a2': { title: 'Oil climbs', body: paragraph('Brent crude', '2.1%') + paragraph('WTI', '$1.40 a barrel') },
  '/articles/a3': { title: 'Gold at record', body: paragraph('Gold', '1.5%') + paragraph('Silver', '0.8%') },
  '/articles/a4': { title: 'Treasury yields', body: paragraph('The 10-year yield', '12 basis points') },
  '/articles/a5': { title: 'Nvidia results', body: paragraph('Nvidia revenue', '$44.1 billion') },
  '/amp/a5': { title: 'Nvidia results (AMP)', body: paragraph('Nvidia revenue', '$44.1 billion'), head: '<link rel="canonical" href="/articles/a5">' },
  '/articles/a6': { title: 'Euro slips', body: paragraph('The euro', '0.4%') },
  '/articles/a7': { title: 'Copper demand', body: paragraph('Copper', '2.7%') },
  '/articles/old': { title: 'Old news', body: paragraph('Stocks', '1%') },
  '/private/secret': { title: 'Secret', body: paragraph('Secret', '99%') },
  '/busy': { title: 'Busy desk', body: paragraph('The yen', '0.6%') },
  '/b/1': { title: 'Wire one', body: paragraph('Solana', '5%') },
  '/b/2': { title: 'Wire two', body: paragraph('XRP', '4%') },
};

/** The articles a crawl of the site's seeds must store (paths), and no others. */
export const EXPECTED_ARTICLES = {
  news: ['/articles/a1', '/articles/a2', '/articles/a3', '/articles/a4', '/amp/a5', '/articles/a6', '/articles/a7', '/busy'],
  wire: ['/b/1', '/b/2'],
};

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

export async function startSite(): Promise<Site> {
  const log: LoggedRequest[] = [];
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const busySeen = new Set<string>();
  let news = '';
  let wire = '';

  // Logged when the request arrives; the status is filled in when it is answered.
  const arrived = new WeakMap<http.IncomingMessage, LoggedRequest>();
  const arrive = (host: LoggedRequest['host']) => (req: http.IncomingMessage) => {
    const entry: LoggedRequest = { host, path: req.url!, userAgent: String(req.headers['user-agent']), at: Date.now(), status: 0 };
    log.push(entry);
    arrived.set(req, entry);
  };
  const respond = (_host: LoggedRequest['host'], req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body?: string | Buffer) => {
    arrived.get(req)!.status = status;
    res.writeHead(status, headers);
    res.end(body);
  };
  const conditional = (req: http.IncomingMessage, etag: string) => req.headers['if-none-match'] === etag;

  const newsServer = http.createServer((req, res) => {
    const path = req.url!.split('?')[0]!;
    const html = (body: string) => respond('news', req, res, 200, { 'content-type': 'text/html; charset=utf-8' }, body);
    const xml = (body: string, etag: string) =>
      conditional(req, etag) ? respond('news', req, res, 304, { etag }) : respond('news', req, res, 200, { 'content-type': 'application/xml', etag }, body);
    switch (path) {
      case '/robots.txt':
        return respond('news', req, res, 200, { 'content-type': 'text/plain' }, `User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n\nUser-agent: otherbot\nDisallow: /\n\nSitemap: ${news}/sitemap-index.xml\n`);
      case '/':
        return html(
          `<html><head><title>News</title><link rel="alternate" type="application/rss+xml" href="/feed.rss"><link rel="alternate" type="application/atom+xml" href="${news}/feed.atom"></head><body><a href="/articles/a1">a1</a></body></html>`,
        );
      case '/feed.rss':
        return xml(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>News & Markets</title>` +
            [
              ['/articles/a1?utm_source=rss&utm_medium=feed', 'Wed, 28 May 2025 10:00:00 GMT'],
              ['/articles/a2', '2025-05-28 11:00:00'],
              ['/private/secret', 'Wed, 28 May 2025 12:00:00 GMT'],
              ['/redirect/1', 'Wed, 28 May 2025 12:30:00 +0200'],
              ['/articles/old', 'Tue, 04 Feb 2020 09:00:00 GMT'],
              ['/slow', 'Wed, 28 May 2025 13:00:00 GMT'],
              ['/bomb', 'Wed, 28 May 2025 13:30:00 GMT'],
              ['/busy', 'Wed, 28 May 2025 14:00:00 GMT'],
              ['/articles/a1?fbclid=xyz#comments', 'Wed, 28 May 2025 10:00:00 GMT'],
            ]
              .map(([p, d]) => `<item><title>Item</title><link>${news}${p!.replace(/&/g, '&amp;')}</link><pubDate>${d}</pubDate></item>`)
              .join('') +
            `</channel></rss>`,
          '"rss-1"',
        );
      case '/feed.atom':
        return xml(
          `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:news</id><updated>2025-05-28T10:00:00Z</updated>` +
            [['/articles/a2'], ['/articles/a4']].map(([p]) => `<entry><title>E</title><id>urn:${p}</id><link rel="alternate" href="${p}"/><updated>2025-05-28T15:00:00Z</updated></entry>`).join('') +
            `</feed>`,
          '"atom-1"',
        );
      case '/sitemap-index.xml':
        return xml(
          `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${news}/news-sitemap.xml</loc></sitemap><sitemap><loc>${news}/sitemap-files.xml</loc><lastmod>2025-05-28</lastmod></sitemap></sitemapindex>`,
          '"index-1"',
        );
      case '/news-sitemap.xml':
        return xml(
          `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` +
            ['/articles/a6', '/amp/a5', '/articles/a5', '/articles/a2']
              .map((p) => `<url><loc>${news}${p}</loc><news:news><news:publication><news:name>News</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-05-28T16:00:00Z</news:publication_date><news:title>T</news:title></news:news></url>`)
              .join('') +
            `</urlset>`,
          '"news-1"',
        );
      case '/sitemap-files.xml':
        return xml(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${news}/files/report.pdf</loc><lastmod>2025-05-28</lastmod></url></urlset>`, '"files-1"');
      case '/files/report.pdf':
        return respond('news', req, res, 200, { 'content-type': 'application/pdf' }, Buffer.from('%PDF-1.4 not really'));
      case '/redirect/1':
        return respond('news', req, res, 301, { location: '/redirect/2' });
      case '/redirect/2':
        return respond('news', req, res, 302, { location: `${news}/articles/a3?utm_campaign=x` });
      case '/slow':
        setTimeout(() => html(article('Slow', paragraph('Slow', '1%'))), 4000);
        return;
      case '/bomb':
        return respond('news', req, res, 200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }, bomb);
      case '/busy': {
        const ua = String(req.headers['user-agent']);
        if (!busySeen.has(ua)) {
          busySeen.add(ua);
          return respond('news', req, res, 429, { 'retry-after': '1', 'content-type': 'text/plain' }, 'slow down');
        }
        break;
      }
    }
    const page = ARTICLES[path];
    if (page && !path.startsWith('/b/')) return html(article(page.title, page.body, page.head));
    respond('news', req, res, 404, { 'content-type': 'text/plain' }, 'not found');
  });

  const wireServer = http.createServer((req, res) => {
    const path = req.url!.split('?')[0]!;
    if (path === '/feed.json') {
      const body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Wire',
        items: [
          { id: '1', url: `${wire}/b/1`, title: 'Wire one', date_published: '2025-05-28T10:00:00Z' },
          { id: '2', url: '/b/2', title: 'Wire two', date_published: '2025-05-28T11:00:00+01:00' },
        ],
      });
      return conditional(req, '"json-1"') ? respond('wire', req, res, 304, { etag: '"json-1"' }) : respond('wire', req, res, 200, { 'content-type': 'application/feed+json', etag: '"json-1"' }, body);
    }
    const page = path.startsWith('/b/') ? ARTICLES[path] : undefined;
    if (page) return respond('wire', req, res, 200, { 'content-type': 'text/html; charset=utf-8' }, article(page.title, page.body));
    respond('wire', req, res, 404, { 'content-type': 'text/plain' }, 'not found');
  });

  const downServer = http.createServer((req, res) => respond('down', req, res, 500, { 'content-type': 'text/plain' }, 'broken'));

  newsServer.prependListener('request', arrive('news'));
  wireServer.prependListener('request', arrive('wire'));
  downServer.prependListener('request', arrive('down'));
  news = await listen(newsServer);
  wire = await listen(wireServer);
  const down = await listen(downServer);
  const close = (s: http.Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return { news, wire, down, log, close: async () => void (await Promise.all([close(newsServer), close(wireServer), close(downServer)])) };
}
