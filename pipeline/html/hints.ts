/**
 * What an element's class, id, role and itemprop say about it. Names are split into words
 * (`related-articles`, `shareBar`, `article__body`), so `ad` matches the word "ad" and not
 * "head" or "shadow". Word lists are compiled once, at module load.
 */
import type { Element } from './dom.js';

/**
 * Words of page furniture, by the kind of furniture (the reason recorded when it is
 * dropped): an element named with one of them is boilerplate unless it holds the body.
 */
const FURNITURE_WORDS: Record<string, string> = {
  ad: 'ad ads adv advert adverts advertisement advertising adsense adslot adunit dfp gpt banner billboard leaderboard skyscraper mpu sponsor sponsored sponsors cta promo promos promotion promoted partner affiliate commercial shopping',
  nav: 'breadcrumb breadcrumbs nav navbar navigation menu menus submenu masthead topbar toolbar pagination pager jump skip',
  layout: 'footer header sidebar sidebars rail aside hide offscreen sr visually',
  share: 'share shares sharing sharebar sharetools social socials follow print email rss',
  comments: 'comment comments commenting disqus replies discussion',
  related: 'related recommended recommendations recommend recirc recirculation outbrain taboola trending popular mostread most teaser teasers more readmore latest next prev previous',
  newsletter: 'newsletter newsletters subscribe subscription signup sign login register paywall regwall',
  byline: 'byline bylines author authors bio contributor dateline timestamp date published updated meta metadata',
  caption: 'caption captions credit credits figcaption copyright',
  tags: 'tags tag tagged taglist topics keywords categories category',
  overlay: 'cookie cookies consent gdpr privacy modal popup overlay lightbox dialog',
  media: 'video playlist gallery slideshow carousel slider podcast audio',
  chart: 'graphic graphics infographic infographics dataviz datavis viz visualization visualisation ai2html artboard datawrapper highcharts plotly flourish infogram',
};

/** Furniture word → kind of furniture. */
const FURNITURE = new Map<string, string>(
  Object.entries(FURNITURE_WORDS).flatMap(([kind, words]) => words.split(' ').map((w): [string, string] => [w, kind])),
);

/** The kind of furniture a class/id word names (`sharebar` → `share`), or the word itself. */
export const furnitureKind = (word: string): string => {
  const kind = FURNITURE.get(word) ?? word;
  return kind === 'layout' ? word : kind;
};

/**
 * How far class and id words are trusted: `all` furniture words, or only the `strong` ones
 * that practically never name the wrapper of an article (on today's sites `widget`, `jump`,
 * `teaser` or `related` sometimes do: page builders and CSS utility names).
 */
export type NameTrust = 'all' | 'strong';

/** Furniture words that practically never name an article's wrapper (a chart's labels are not its text either). */
const STRONG = new Set(
  Object.entries(FURNITURE_WORDS)
    .filter(([kind]) => ['comments', 'newsletter', 'share', 'overlay', 'chart'].includes(kind))
    .flatMap(([, words]) => words.split(' '))
    .concat(['footer', 'sidebar', 'sidebars']),
);
/** Words of the article body itself. */
const POSITIVE = new Set(
  ('article articlebody article_body body content contents entry hentry main post story storybody text prose richtext rte copy blog page').split(/\s+/),
);

/** Words that rescue an element despite a negative word (`article-header` is still furniture; `main-content` is not). */
const BODY_WORDS = new Set(['articlebody', 'storybody', 'postbody', 'entrycontent', 'articlecontent', 'storycontent', 'postcontent', 'bodytext', 'articletext', 'storytext']);

/** Words of an embedded post or quote, which belongs to the story even where its name says `social`. */
const EMBED = new Set(['embed', 'embedded', 'tweet', 'blockquote']);

const SPLIT = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

/** The lower-cased words of an element's class and id. */
export function nameWords(el: Element): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.length <= 1) return [];
  const out: string[] = [];
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    const flat = token.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (BODY_WORDS.has(flat)) out.push('articlebody');
    for (const w of token.split(SPLIT)) if (w) out.push(w.toLowerCase());
  }
  return out;
}

export interface Hint {
  /** The class/id names a word of page furniture. */
  negative: boolean;
  /** The class/id names a word of an article body. */
  positive: boolean;
  /** A body container: `<article>`, `<main>`, `role=main`, or an explicit marker. */
  body: boolean;
  /** An explicit body marker: `itemprop=articleBody` or an `articleBody`-like class. */
  explicit: boolean;
  /** The furniture word that made it negative (`share`, `related`), for the removal reason. */
  word?: string;
}

const NONE: Hint = { negative: false, positive: false, body: false, explicit: false };

const NEGATIVE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'menu', 'menubar', 'toolbar', 'tablist']);

/**
 * The hint of one element (not cached: callers cache). With `names` = `strong`, of the
 * class and id words only the furniture words in {@link STRONG} count (no body words
 * either); the markup itself (tag, role, itemprop) counts either way.
 */
export function hintOf(el: Element, names: NameTrust = 'all'): Hint {
  const words = names === 'all' ? nameWords(el) : nameWords(el).filter((w) => STRONG.has(w));
  const role = el.attribs.role;
  const itemprop = el.attribs.itemprop ?? '';
  const explicit = /\barticleBody\b/i.test(itemprop) || words.includes('articlebody');
  const body = explicit || el.name === 'article' || role === 'main' || el.name === 'main';
  if (!words.length && !role) return body ? { ...NONE, body, explicit } : NONE;
  let negative = role !== undefined && NEGATIVE_ROLES.has(role);
  let positive = false;
  let embed = false;
  let word: string | undefined;
  for (const w of words) {
    if (FURNITURE.has(w)) {
      negative = true;
      word ??= w;
    }
    else if (POSITIVE.has(w)) positive = true;
    else if (EMBED.has(w)) embed = true;
  }
  // An embedded post (`social-embed`, `twitter-tweet`) quotes a source inside the story.
  if (embed) negative = false;
  return { negative, positive, body, explicit, word };
}
