/**
 * Page metadata: title, published time, author, publisher and canonical URL, from
 * schema.org JSON-LD, `<meta>` tags, `<time>` and the page's own `<title>` and headings.
 *
 * The order of preference follows Mozilla Readability's, the reader view people know:
 * the JSON-LD article first, then Dublin Core, Open Graph, Twitter and Parse.ly tags,
 * then the document title with the site's name cut off ("Headline | Site" → "Headline").
 */
import { collapse, wordCount } from '../clean-text.js';
import type { ArticleMeta } from '../types.js';
import { type Document, type Element, descendants, rawText } from './dom.js';

export type PageMeta = Omit<ArticleMeta, 'id'>;

/** What the page says about itself, gathered in one walk. */
export interface PageFacts {
  meta: PageMeta;
  /** schema.org `articleBody` of the page's article object, when it has one. */
  ldBody: string | null;
  /** The summary the page gives of itself (`og:description`, `description`), for a page that shows no text at all. */
  description: string | null;
}

/** schema.org types of an article (Readability's list, plus news subtypes). */
const ARTICLE_TYPES =
  /^(?:Article|AdvancedArticle|AnalysisNewsArticle|APIReference|AskPublicNewsArticle|BackgroundNewsArticle|BlogPosting|DiscussionForumPosting|LiveBlogPosting|MedicalScholarlyArticle|NewsArticle|OpinionNewsArticle|Report|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|ScholarlyArticle|SocialMediaPosting|TechArticle)$/;

/** `property` values that name metadata (several may share one attribute, space-separated). */
const PROPERTY = /^(?:article|dc|dcterm|og|twitter)\s*:\s*(?:author|creator|description|published_time|modified_time|title|site_name|url)$/i;
/** `name` values that name metadata. */
const NAME = /^(?:(?:dc|dcterm|dcterms|og|twitter|parsely|sailthru|weibo:(?:article|webpage))\s*[-.:]\s*)?(?:author|creator|pub-date|date|date\.issued|created|description|title|site_name|published_time)$/i;
/** More `name`s that carry a publication date on news sites. */
const DATE_NAMES = new Set(['pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'article.published', 'original-publish-date', 'cxenseparse:recs:publishtime', 'datepublished', 'published_time']);

/** Separators between a headline and the site's name in `<title>`. */
const TITLE_SEPARATOR = / [|\-–—\\/>»] /;
const TITLE_SEPARATORS = / [|\-–—\\/>»] /g;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;

type Json = Record<string, unknown>;

/** Reads the metadata of a parsed page. */
export function readPage(doc: Document): PageFacts {
  const values = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let titleTag = '';
  let canonical: string | null = null;
  const headings: string[] = [];
  let h1Count = 0;
  let firstH1 = '';
  let timeAttr: string | null = null;
  const bylines: string[] = [];
  for (const el of descendants(doc)) {
    switch (el.name) {
      case 'meta':
        readMetaTag(el, values);
        break;
      case 'script':
        if ((el.attribs.type ?? '').trim().toLowerCase() === 'application/ld+json') {
          try {
            jsonLd.push(JSON.parse(rawText(el).replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')));
          } catch {
            // A broken JSON-LD block says nothing.
          }
        }
        break;
      case 'title':
        if (!titleTag && !isInSvg(el)) titleTag = collapse(rawText(el));
        break;
      case 'link':
        if (!canonical && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && el.attribs.href) canonical = el.attribs.href.trim();
        break;
      case 'h1':
      case 'h2':
        if (el.name === 'h1') {
          h1Count++;
          firstH1 ||= collapse(rawText(el));
        }
        if (headings.length < 50) headings.push(collapse(rawText(el)));
        break;
      case 'time':
        if (!timeAttr && el.attribs.datetime?.trim()) timeAttr = el.attribs.datetime.trim();
        break;
    }
    if (bylines.length < 3 && isBylineElement(el)) {
      const text = collapse(rawText(el));
      if (text && text.length < 100) bylines.push(text);
    }
  }
  const value = (...keys: string[]): string | null => {
    for (const key of keys) {
      const v = values.get(key);
      if (v) return v;
    }
    return null;
  };
  const documentTitle = () => articleTitle(titleTag, headings, h1Count, firstH1);
  const ld = readJsonLd(jsonLd, documentTitle);
  const title =
    ld.title ??
    value('dc:title', 'dcterm:title', 'dcterms:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'sailthru.title') ??
    (documentTitle() || null);
  const published =
    ld.published ??
    value('article:published_time', 'parsely-pub-date', 'og:published_time', 'dc:date', 'dcterm:date', 'dcterms:date', 'dc:date:issued', 'dcterms:created', 'sailthru:date', ...DATE_NAMES) ??
    timeAttr;
  const author = ld.author ?? nonUrl(value('dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru:author', 'article:author')) ?? cleanByline(bylines[0]);
  const publisher = ld.publisher ?? value('og:site_name', 'application-name');
  const url = canonical ?? value('og:url', 'twitter:url');
  const description = value('og:description', 'description', 'twitter:description', 'dc:description', 'dcterms:description');
  return { meta: { title: title && decodeEntities(title), published, publisher, author, url }, ldBody: ld.body, description: description && decodeEntities(description) };
}

function readMetaTag(el: Element, values: Map<string, string>): void {
  const content = el.attribs.content?.trim();
  if (!content) return;
  let matched = false;
  for (const property of (el.attribs.property ?? '').trim().split(/\s+/)) {
    if (!property || !PROPERTY.test(property)) continue;
    matched = true;
    const key = property.toLowerCase().replace(/\s/g, '');
    values.set(key, collapse(content));
  }
  const name = (el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
  if (!matched && name && (NAME.test(name) || DATE_NAMES.has(name) || name === 'application-name' || name === 'sailthru.title')) {
    const key = name.replace(/\s/g, '').replace(/\./g, ':');
    values.set(key, collapse(content));
    if (DATE_NAMES.has(name) && !values.has(name)) values.set(name, collapse(content));
  }
}

const isInSvg = (el: Element): boolean => {
  for (let n = el.parent; n; n = n.parent) if ((n as Element).name === 'svg') return true;
  return false;
};

/** The headline from `<title>`: the site's name cut off, unless that leaves too little (Readability's rules). */
export function articleTitle(original: string, headings: readonly string[], h1Count: number, firstH1: string): string {
  let title = original;
  let hierarchical = false;
  let cut = false;
  if (TITLE_SEPARATOR.test(title)) {
    cut = true;
    hierarchical = HIERARCHICAL_SEPARATOR.test(title);
    const separators = [...original.matchAll(TITLE_SEPARATORS)];
    title = original.slice(0, separators[separators.length - 1]!.index);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (title.includes(': ')) {
    if (!headings.some((h) => h === original.trim())) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if ((title.length > 150 || title.length < 15) && h1Count === 1) {
    title = firstH1;
  }
  title = collapse(title);
  const words = wordCount(title);
  // A short remainder may be a cut-off headline; a heading that says the same confirms the cut.
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1) && !(cut && headings.includes(title))) title = original;
  return title;
}


interface LdFacts {
  title: string | null;
  published: string | null;
  author: string | null;
  publisher: string | null;
  body: string | null;
}

/** The article object among the page's JSON-LD blocks, read the way Readability reads it. */
function readJsonLd(blocks: unknown[], documentTitle: () => string): LdFacts {
  const facts: LdFacts = { title: null, published: null, author: null, publisher: null, body: null };
  const article = findArticle(blocks);
  if (!article) return facts;
  const name = typeof article.name === 'string' ? collapse(article.name) : null;
  const headline = typeof article.headline === 'string' ? collapse(article.headline) : null;
  if (name && headline && name !== headline) {
    // Some sites put their own name in `name`: take whichever matches the document title.
    const title = documentTitle();
    facts.title = similarity(headline, title) > 0.75 && !(similarity(name, title) > 0.75) ? headline : name;
  } else facts.title = name || headline || null;
  facts.published = typeof article.datePublished === 'string' ? article.datePublished.trim() || null : null;
  facts.author = ldNames(article.author);
  facts.publisher = ldNames(article.publisher);
  facts.body =
    typeof article.articleBody === 'string'
      ? decodeEntities(article.articleBody)
          .split(/\r?\n|\r/)
          .map(collapse)
          .filter(Boolean)
          .join('\n') || null
      : null;
  return facts;
}

function findArticle(blocks: unknown[]): Json | null {
  const queue: unknown[] = [...blocks];
  for (let seen = 0; queue.length && seen < 500; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      for (const x of item) queue.push(x);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const obj = item as Json;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPES.test(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')))) return obj;
    if (obj['@graph']) queue.push(obj['@graph']);
  }
  return null;
}

/** Names of a schema.org person/organisation value (a string, an object or a list), joined. */
function ldNames(v: unknown): string | null {
  const names: string[] = [];
  for (const item of ([] as unknown[]).concat(v ?? [])) {
    if (typeof item === 'string' && item.trim() && !/^https?:/.test(item)) names.push(collapse(item));
    else if (item && typeof item === 'object' && typeof (item as Json).name === 'string') names.push(collapse((item as Json).name as string));
  }
  return names.filter(Boolean).join(', ') || null;
}

/** Share of `b`'s words (by length) that `a` also has. */
function similarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const unique = tokensB.filter((t) => !tokensA.includes(t));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

const nonUrl = (s: string | null): string | null => (s && !/^https?:\/\//.test(s) ? s : null);

/** Elements that usually hold the author's name. */
function isBylineElement(el: Element): boolean {
  if (el.attribs.rel === 'author' || /\bauthor\b/.test(el.attribs.itemprop ?? '')) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return /\bbyline\b|\bauthor-name\b|\bauthor__name\b/i.test(names);
}

/** "By Jane Doe | Reuters" → "Jane Doe | Reuters". */
const cleanByline = (s: string | undefined): string | null => (s ? s.replace(/^(?:by|par|von|por|di)\s+/i, '').trim() || null : null);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** JSON-LD and some meta tags carry HTML entities twice encoded. */
function decodeEntities(s: string): string {
  return s
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => codePoint(parseInt(n, 16)));
}

/** The character of a numeric reference; U+FFFD for one that names none (as browsers do). */
function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}
