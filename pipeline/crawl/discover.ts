/**
 * Reading what a crawl fetched: feeds (RSS, Atom, RDF, JSON Feed) with feedsmith, sitemaps
 * and sitemap indexes (Google News sitemaps' `news:publication_date` included) with
 * fast-xml-parser, and a page's `<link rel=canonical>`, `og:url` and feed links with
 * htmlparser2. Each gives entries with their URL as written, and a date when it has one.
 */
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { Parser as HtmlParser } from 'htmlparser2';
import { readPublished } from '../published.js';

/** One link found in a feed or sitemap. */
export interface Entry {
  /** As written (resolved against the document's URL by the caller). */
  url: string;
  /** ISO-8601 date of the item or entry, when it gives one that can be read. */
  published: string | null;
  title: string | null;
}

/** What a fetched document turned out to be. */
export type Document =
  | { type: 'feed'; entries: Entry[] }
  | { type: 'sitemap'; entries: Entry[] }
  | { type: 'sitemap-index'; entries: Entry[] }
  | { type: 'html' }
  | { type: 'other'; why: string };

type Loose = Record<string, unknown> | undefined;

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'value' in v) return text((v as { value: unknown }).value);
  if (v && typeof v === 'object' && '#text' in v) return text((v as { '#text': unknown })['#text']);
  return null;
};

const date = (...values: unknown[]): string | null => {
  for (const v of values) {
    const s = text(v);
    const read = s ? readPublished(s) : null;
    if (read) return read;
  }
  return null;
};

function feedEntries(format: string, feed: Loose): Entry[] {
  const items = ((feed?.items ?? feed?.entries ?? []) as Loose[]) ?? [];
  const out: Entry[] = [];
  for (const item of items) {
    if (!item) continue;
    let url: string | null = null;
    if (format === 'atom') {
      const links = (item.links ?? []) as { href?: string; rel?: string; type?: string }[];
      url = (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href ?? null;
    } else if (format === 'json') {
      url = text(item.url) ?? text(item.external_url);
    } else {
      url = text(item.link);
      const guid = item.guid as { value?: string; isPermaLink?: boolean } | string | undefined;
      if (!url && guid && typeof guid === 'object' && guid.isPermaLink !== false && /^https?:/i.test(guid.value ?? '')) url = guid.value!;
      if (!url && typeof guid === 'string' && /^https?:/i.test(guid)) url = guid;
    }
    if (!url) continue;
    const dc = item.dc as Loose;
    const dcDates = (dc?.dates as unknown[] | undefined) ?? [];
    out.push({
      url,
      published: date(item.pubDate, item.published, item.date_published, dc?.date, ...dcDates, item.updated, item.date_modified),
      title: text(item.title),
    });
  }
  return out;
}

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
  htmlEntities: false,
});

function sitemap(body: string): Document | null {
  if (!/<(?:[\w-]+:)?(?:urlset|sitemapindex)\b/.test(body.slice(0, 4096))) return null;
  let tree: Record<string, Loose>;
  try {
    tree = xml.parse(body) as Record<string, Loose>;
  } catch (err) {
    return { type: 'other', why: `a sitemap that cannot be parsed: ${(err as Error).message.split('\n')[0]}` };
  }
  if (tree.sitemapindex) {
    const list = (tree.sitemapindex.sitemap ?? []) as Loose[];
    return { type: 'sitemap-index', entries: list.flatMap((s) => (text(s?.loc) ? [{ url: text(s!.loc)!, published: date(s!.lastmod), title: null }] : [])) };
  }
  const list = (tree.urlset?.url ?? []) as Loose[];
  return {
    type: 'sitemap',
    entries: list.flatMap((u) => {
      const loc = text(u?.loc);
      if (!loc) return [];
      const news = u!.news as Loose;
      return [{ url: loc, published: date(news?.publication_date, u!.lastmod), title: text(news?.title) }];
    }),
  };
}

/** Reads a fetched body (`contentType` from its header) as a feed, a sitemap, HTML or neither. */
export function readDocument(body: Uint8Array, contentType: string, decodeText: (bytes: Uint8Array) => string, maxBytes: number): Document {
  // A sitemap.xml.gz is often served as application/gzip, without Content-Encoding.
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      body = gunzipSync(body, { maxOutputLength: maxBytes });
    } catch (err) {
      return { type: 'other', why: `a gzip file that cannot be read: ${(err as Error).message}` };
    }
  }
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (/^(?:image|audio|video|font)\//.test(type) || type === 'application/pdf' || type === 'application/zip') return { type: 'other', why: `a ${type} file` };
  const content = decodeText(body);
  const head = content.slice(0, 2048).trimStart().replace(/^\uFEFF/, '');
  if (head.startsWith('{')) {
    if (!/jsonfeed\.org\/version/.test(head)) return { type: 'other', why: 'JSON that is not a JSON Feed' };
    try {
      const { format, feed } = parseFeed(content) as { format: string; feed: Loose };
      return { type: 'feed', entries: feedEntries(format, feed) };
    } catch (err) {
      return { type: 'other', why: `a JSON Feed that cannot be read: ${(err as Error).message}` };
    }
  }
  const map = sitemap(content);
  if (map) return map;
  if (/<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^(?:application|text)\/(?:rss|atom|rdf)\+xml$/.test(type)) {
    try {
      const { format, feed } = parseFeed(content) as { format: string; feed: Loose };
      return { type: 'feed', entries: feedEntries(format, feed) };
    } catch (err) {
      return { type: 'other', why: `a feed that cannot be read: ${(err as Error).message}` };
    }
  }
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^<(?:!doctype html|html|head|body|meta|title|p|div|article)\b/i.test(head)) return { type: 'html' };
  return { type: 'other', why: type ? `a ${type} document that is neither a page, a feed nor a sitemap` : 'neither a page, a feed nor a sitemap' };
}

/** What a crawler wants from a page's head: where it says it lives, and its feeds. */
export interface PageLinks {
  /** `<link rel=canonical>`, else `og:url`, as written. */
  canonical: string | null;
  /** `<link rel=alternate>` of an RSS, Atom or JSON Feed type, as written. */
  feeds: string[];
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/** Reads a page's canonical URL and feed links (stops at `<body>`'s end or 2 MB). */
export function readPageLinks(html: string): PageLinks {
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  const feeds: string[] = [];
  const parser = new HtmlParser(
    {
      onopentag(name, attribs) {
        if (name === 'link') {
          const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('canonical') && attribs.href && !canonical) canonical = attribs.href.trim();
          if (rel.includes('alternate') && attribs.href && FEED_TYPES.has((attribs.type ?? '').toLowerCase().trim())) feeds.push(attribs.href.trim());
        } else if (name === 'meta' && (attribs.property ?? attribs.name ?? '').toLowerCase() === 'og:url' && attribs.content && !ogUrl) {
          ogUrl = attribs.content.trim();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.length > 2_000_000 ? html.slice(0, 2_000_000) : html);
  parser.end();
  return { canonical: canonical ?? ogUrl, feeds };
}
