/**
 * Page metadata: title, published time, author, publisher and canonical URL, from
 * `<meta>` tags, schema.org JSON-LD, `<time>` and the page's own headings.
 */
import { collapse } from '../clean-text.js';
import type { ArticleMeta } from '../types.js';
import { type Document, descendants, rawText } from './dom.js';

export type PageMeta = Omit<ArticleMeta, 'id'>;

/** What the page says about itself, gathered in one walk. */
export interface PageFacts {
  meta: PageMeta;
  /** schema.org `articleBody` of the page's article object, when it has one. */
  ldBody: string | null;
}

const ARTICLE_TYPES = /^(?:[A-Za-z]*NewsArticle|Article|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|ItemPage)$/;

type Json = Record<string, unknown>;

/** Reads the metadata of a parsed page. */
export function readPage(doc: Document): PageFacts {
  const metas = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let titleTag: string | null = null;
  let canonical: string | null = null;
  const h1s: string[] = [];
  let timeAttr: string | null = null;
  for (const el of descendants(doc)) {
    switch (el.name) {
      case 'meta': {
        const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
        const value = el.attribs.content;
        if (key && value && value.trim() && !metas.has(key)) metas.set(key, collapse(value));
        break;
      }
      case 'script':
        if ((el.attribs.type ?? '').toLowerCase() === 'application/ld+json') {
          try {
            jsonLd.push(JSON.parse(rawText(el).replace(/^\s*<!--|-->\s*$/g, '')));
          } catch {
            // A broken JSON-LD block says nothing.
          }
        }
        break;
      case 'title':
        titleTag ??= collapse(rawText(el)) || null;
        break;
      case 'link':
        if (!canonical && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && el.attribs.href) canonical = el.attribs.href.trim();
        break;
      case 'h1':
        if (h1s.length < 5) h1s.push(collapse(rawText(el)));
        break;
      case 'time':
        if (!timeAttr && el.attribs.datetime?.trim()) timeAttr = el.attribs.datetime.trim();
        break;
    }
  }
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const v = metas.get(key);
      if (v) return v;
    }
    return null;
  };
  const ld = articleObject(jsonLd);
  const title =
    meta('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title') ?? ldName(ld?.headline) ?? ldName(ld?.name) ?? (h1s.find(Boolean) || null) ?? titleTag;
  const published =
    meta('article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime', 'article.published', 'published_time', 'original-publish-date') ??
    ldName(ld?.datePublished) ??
    timeAttr;
  const publisher = meta('og:site_name', 'application-name', 'publisher') ?? ldName(ld?.publisher);
  const author = meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl') ?? ldName(ld?.author);
  const url = canonical ?? meta('og:url', 'twitter:url');
  const ldBody = typeof ld?.articleBody === 'string' ? collapse(ld.articleBody) || null : null;
  return { meta: { title, published, publisher, author, url }, ldBody };
}

/** A schema.org value as text: a string, the first of a list, or an object's name. */
function ldName(v: unknown): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return ldName((v as { name: unknown }).name);
  return null;
}

/** The page's article object among its JSON-LD blocks (an article type beats a plain web page). */
function articleObject(blocks: unknown[]): Json | null {
  let page: Json | null = null;
  const queue: unknown[] = [...blocks];
  for (let seen = 0; queue.length && seen < 500; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const obj = item as Json;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      if (types.some((t) => /Article|Posting|Report/.test(t))) return obj;
      page ??= obj;
    }
    if (obj['@graph']) queue.push(obj['@graph']);
    if (obj.mainEntity) queue.push(obj.mainEntity);
  }
  return page;
}
