/**
 * HTML to article paragraphs and metadata, with cheerio. Page furniture (navigation,
 * header, footer, asides, scripts, share bars, newsletter and cookie blocks) is removed;
 * the block with the most paragraph text is taken as the body; block structure becomes
 * paragraphs.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { collapse } from './clean-text.js';
import type { ArticleMeta, RemovedBlock } from './types.js';

export interface HtmlCleanResult {
  meta: Omit<ArticleMeta, 'id'>;
  paragraphs: string[];
  removed: RemovedBlock[];
}

const DROP_TAGS = 'script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input, select, textarea, nav, header, footer, aside, dialog, menu';
const DROP_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [aria-hidden="true"], [hidden]';
/** class/id words of page furniture. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|cookie|consent|gdpr|related|recommended|promo|advert|ads?|sponsor|sidebar|comments?|breadcrumbs?|menu|navbar|nav|footer|header|masthead|popup|modal|paywall|signup|tags?|byline-social|author-bio|read-?more|more-stories|outbrain|taboola)(?:$|[\s_-])/i;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'figcaption', 'td', 'th', 'caption']);

/** Cleans one HTML page. */
export function cleanHtml(html: string): HtmlCleanResult {
  const $ = cheerio.load(html);
  const meta = readMeta($);
  const removed: RemovedBlock[] = [];

  $(DROP_TAGS).remove();
  $(DROP_ROLES).remove();
  $('[class], [id]').each((_, el) => {
    const names = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (FURNITURE.test(names) && !isBodyContainer($, el)) {
      const text = collapse($(el).text());
      if (text) removed.push({ text, reason: 'page-furniture' });
      $(el).remove();
    }
  });

  const root = pickBody($);
  const paragraphs = blockTexts($, root);
  if (meta.title && paragraphs[0] && collapse(paragraphs[0]) === collapse(meta.title)) paragraphs.shift();
  return { meta, paragraphs, removed };
}

function isBodyContainer($: cheerio.CheerioAPI, el: Element): boolean {
  const tag = el.tagName?.toLowerCase();
  return tag === 'article' || tag === 'main' || tag === 'body' || $(el).attr('itemprop') === 'articleBody';
}

/** The element holding the article: `itemprop=articleBody`, else the `<article>`/block with the most paragraph text. */
function pickBody($: cheerio.CheerioAPI): cheerio.Cheerio<AnyNode> {
  const explicit = $('[itemprop="articleBody"]').first();
  if (explicit.length && collapse(explicit.text()).length > 200) return explicit;
  let best: cheerio.Cheerio<AnyNode> = $('body').length ? $('body') : $.root();
  let bestScore = 0;
  $('article, main, div, section, td').each((_, el) => {
    let score = 0;
    $(el)
      .children('p')
      .each((__, p) => {
        const len = collapse($(p).text()).length;
        if (len > 25) score += len;
      });
    if (el.tagName === 'article') score *= 1.2;
    if (score > bestScore) {
      bestScore = score;
      best = $(el);
    }
  });
  // The container of the best block's paragraphs may sit one level up (headings beside it).
  return best;
}

/** The block-level texts under `root`, in document order. */
function blockTexts($: cheerio.CheerioAPI, root: cheerio.Cheerio<AnyNode>): string[] {
  const out: string[] = [];
  const visit = (node: AnyNode, inline: string[]): void => {
    if (node.type === 'text') {
      inline.push((node as unknown as { data: string }).data);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') {
      inline.push('\n');
      return;
    }
    if (BLOCKS.has(tag) || tag === 'div' || tag === 'section' || tag === 'article' || tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'tr' || tag === 'figure') {
      flush(inline);
      if (BLOCKS.has(tag) && !el.children.some((c) => c.type === 'tag' && isBlock((c as Element).tagName))) {
        const text = collapse($(el).text());
        if (text) out.push(text);
        return;
      }
      const inner: string[] = [];
      for (const child of el.children) visit(child, inner);
      flush(inner);
      return;
    }
    for (const child of el.children) visit(child, inline);
  };
  const flush = (inline: string[]) => {
    for (const piece of inline.join('').split('\n')) {
      const text = collapse(piece);
      if (text) out.push(text);
    }
    inline.length = 0;
  };
  const top: string[] = [];
  root.each((_, el) => {
    for (const child of (el as Element).children ?? []) visit(child, top);
  });
  flush(top);
  return out;
}

const isBlock = (tag: string) => BLOCKS.has(tag.toLowerCase()) || ['div', 'section', 'ul', 'ol', 'table', 'figure', 'article'].includes(tag.toLowerCase());

/** Title, published time, publisher, author and URL from `<meta>`, JSON-LD and `<time>`. */
export function readMeta($: cheerio.CheerioAPI): Omit<ArticleMeta, 'id'> {
  const metaContent = (...names: string[]): string | null => {
    for (const name of names) {
      const v = $(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`).first().attr('content');
      if (v && v.trim()) return collapse(v);
    }
    return null;
  };
  const ld = jsonLdArticle($);
  const ldString = (v: unknown): string | null => {
    if (typeof v === 'string') return collapse(v) || null;
    if (Array.isArray(v)) return ldString(v[0]);
    if (v && typeof v === 'object' && 'name' in v) return ldString((v as { name: unknown }).name);
    return null;
  };
  const title =
    metaContent('og:title', 'twitter:title') ??
    ldString(ld?.headline) ??
    (collapse($('h1').first().text()) || null) ??
    (collapse($('title').first().text()) || null);
  const published =
    metaContent('article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date') ??
    ldString(ld?.datePublished) ??
    ($('time[datetime]').first().attr('datetime')?.trim() || null);
  const publisher = metaContent('og:site_name', 'application-name') ?? ldString(ld?.publisher);
  const author = metaContent('author', 'article:author', 'parsely-author', 'sailthru.author') ?? ldString(ld?.author);
  const url = $('link[rel="canonical"]').attr('href')?.trim() || metaContent('og:url');
  return { title, published, publisher, author, url: url ?? null };
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|Report)$/;

/** The first schema.org article object in the page's JSON-LD, if any. */
function jsonLdArticle($: cheerio.CheerioAPI): Record<string, unknown> | null {
  let found: Record<string, unknown> | null = null;
  $('script[type="application/ld+json"]').each((_, el) => {
    if (found) return;
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      return;
    }
    const queue: unknown[] = [data];
    while (queue.length && !found) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && (obj.headline || obj.datePublished)) found = obj;
        else if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  });
  return found;
}
