/**
 * HTML to article paragraphs and metadata. The page is parsed with htmlparser2, metadata is
 * read from `<meta>`, JSON-LD and `<time>`, scripts and hidden nodes are dropped, the page
 * becomes a list of text blocks, and the body is chosen among them (see `html/body.ts`).
 * Headings and list items stay paragraphs of their own.
 */
import { type Block, collectBlocks } from './html/blocks.js';
import { chooseBody } from './html/body.js';
import { type Document, type Element, descendants, isInside, parseHtml, rawText, removeNode } from './html/dom.js';
import { reconcileWithLdBody } from './html/ld-body.js';
import { type PageMeta, readPage } from './html/meta.js';
import type { RemovedBlock } from './types.js';

export interface HtmlCleanResult {
  meta: PageMeta;
  paragraphs: string[];
  removed: RemovedBlock[];
}

/** Elements that never hold article text. */
const JUNK_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'link', 'meta', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'map']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** A hidden node holding at least this share of the page's text is the body waiting for scripts, not hidden furniture. */
const HIDDEN_BODY_SHARE = 0.4;
/** Below this many characters the body gets a second opinion from fewer class names… */
const RELAX_BELOW = 2000;
/** …which wins when it is this many times longer. */
const RELAX_GAIN = 3;
/** How many removed blocks the report lists, and how much of each. */
const REMOVED_MAX = 40;
const REMOVED_TEXT_MAX = 160;
/** Furniture kinds found mostly around the body rather than inside it. */
const OUTSIDE_KINDS = new Set(['nav', 'header', 'footer', 'aside', 'layout', 'sidebar', 'overlay']);

/** Cleans one HTML page. Pure. */
export function cleanHtml(html: string): HtmlCleanResult {
  const doc = parseHtml(html);
  const { meta, ldBody } = readPage(doc);
  dropJunk(doc);
  const blocks = collectBlocks(doc);
  let chosen = chooseBody(blocks, { title: meta.title });
  // A second opinion when the first choice is short: class names on today's sites (page
  // builders, CSS utility names) sometimes call the article's own wrapper a widget or a
  // jump section. Trusting only the names that never wrap an article, a body several
  // times longer is the article the first choice missed.
  const chars = textChars(chosen.kept);
  if (chars < RELAX_BELOW) {
    const relaxed = chooseBody(blocks, { title: meta.title, names: 'strong' });
    if (textChars(relaxed.kept) > RELAX_GAIN * chars) chosen = relaxed;
  }
  const { kept, removed } = reconcileWithLdBody(blocks, chosen.kept, chosen.removed, ldBody);
  return { meta, paragraphs: kept.map(paragraphText), removed: bound(removed) };
}

const textChars = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

const paragraphText = (b: Block | string): string => (typeof b === 'string' ? b : b.text);

/**
 * Removes scripts, styles, embedded objects and hidden nodes. A hidden node holding a large
 * share of the page's text stays: that is a page hiding its body until its scripts run
 * (streamed server rendering moves a `<div hidden>` into place; anti-flicker snippets),
 * not furniture.
 */
function dropJunk(doc: Document): void {
  const junk: Element[] = [];
  const hidden: Element[] = [];
  for (const el of descendants(doc)) {
    if (JUNK_TAGS.has(el.name)) junk.push(el);
    else if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || (el.attribs.style && HIDDEN_STYLE.test(el.attribs.style))) hidden.push(el);
  }
  for (const el of junk) removeNode(el);
  if (!hidden.length) return;
  const total = visibleLength(doc);
  for (const el of hidden) if (isInside(el, doc) && visibleLength(el) < HIDDEN_BODY_SHARE * total) removeNode(el);
}

/** Characters of text under a node, white space not counted. */
const visibleLength = (node: Document | Element): number => rawText(node).replace(/\s+/g, '').length;

/**
 * The removed blocks worth showing an editor, at most {@link REMOVED_MAX}, each cut to
 * {@link REMOVED_TEXT_MAX} characters: what was pruned inside the body first, then named
 * furniture around it, then other text of the page of some length.
 */
function bound(removed: RemovedBlock[]): RemovedBlock[] {
  const rank = (r: RemovedBlock) => (r.reason === 'outside-body' ? (r.text.length >= 40 ? 2 : 3) : OUTSIDE_KINDS.has(r.reason) ? 1 : 0);
  const picked = removed
    .map((r, i) => ({ r, i, rank: rank(r) }))
    .filter((x) => x.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, REMOVED_MAX)
    .sort((a, b) => a.i - b.i);
  return picked.map(({ r }) => ({
    text: r.text.length > REMOVED_TEXT_MAX ? `${r.text.slice(0, REMOVED_TEXT_MAX - 1)}…` : r.text,
    reason: r.reason,
  }));
}
